using System.Globalization;
using System.Text;

namespace TtsPanel.App.Queue;

/// <summary>What text the panel accepts for speech; returns the first problem as a sentence, or null.</summary>
public static class TextRules
{
    /// <summary>Checks <paramref name="text"/>; positions in messages are 1-based code-point positions.</summary>
    public static string? FindProblem(string? text, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
            return "Text is empty.";

        var position = 0;
        for (var index = 0; index < text.Length; index++)
        {
            position++;
            var c = text[index];
            if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                index++;
                continue;
            }

            if (char.IsSurrogate(c))
                return $"Text contains an unpaired surrogate (U+{(int)c:X4}) at position {position}.";
            // Line breaks and tabs are ordinary in pasted text; every other control character is not speech.
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
                return $"Text contains the control character U+{(int)c:X4} at position {position}.";
        }

        if (position > maxLength)
            return $"Text is {position.ToString(CultureInfo.InvariantCulture)} characters long; the limit is {maxLength}.";
        return null;
    }

    /// <summary>Trims and normalises to NFC, so the same words always give the same text.</summary>
    public static string Normalize(string text) => text.Trim().Normalize(NormalizationForm.FormC);
}
