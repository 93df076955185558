using System.Text;

namespace TtsPanel.Engine.F5.Text;

/// <summary>How the reference clip's transcript is prepared before it is joined with the text to speak.</summary>
public static class ReferenceText
{
    /// <summary>
    /// Ends the transcript with a sentence break, as the reference's preprocessing does: unchanged when it ends with
    /// ". " or "。", a space appended when it ends with ".", otherwise ". " appended.
    /// </summary>
    public static string Normalize(string transcript)
    {
        if (transcript.EndsWith(". ", StringComparison.Ordinal) || transcript.EndsWith('。'))
            return transcript;
        return transcript.EndsWith('.') ? transcript + " " : transcript + ". ";
    }

    /// <summary>
    /// The normalised transcript as it is prefixed to every chunk: one more space when its last character is a
    /// single UTF-8 byte, so an English transcript ends in two spaces.
    /// </summary>
    public static string ForModel(string normalizedTranscript) =>
        normalizedTranscript.Length > 0 && Encoding.UTF8.GetByteCount(normalizedTranscript[^1..]) == 1
            ? normalizedTranscript + " "
            : normalizedTranscript;
}
