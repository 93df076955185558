using System.Text.RegularExpressions;

namespace TtsPanel.Engine.Espeak;

/// <summary>Splits text after sentence-ending punctuation so each sentence can be spoken and delivered on its own.</summary>
internal static partial class SentenceSplitter
{
    [GeneratedRegex(@"(?<=[.!?…。！？])\s+")]
    private static partial Regex SentenceEnd();

    public static IEnumerable<string> Split(string text) =>
        SentenceEnd().Split(text.Trim()).Where(s => !string.IsNullOrWhiteSpace(s));
}
