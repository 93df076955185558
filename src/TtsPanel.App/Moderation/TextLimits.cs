using System.Globalization;

namespace TtsPanel.App.Moderation;

/// <summary>Length of chat text in words and characters, and cutting it to a limit without splitting a character.</summary>
public static class TextLimits
{
    /// <summary>Words separated by white space.</summary>
    public static int CountWords(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>The first <paramref name="max"/> words, joined by single spaces.</summary>
    public static string TakeWords(string text, int max) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(max));

    /// <summary>Length in Unicode code points, as <see cref="ModerationOptions.MaxCharacters"/> counts.</summary>
    public static int CountCharacters(string text) => text.EnumerateRunes().Count();

    /// <summary>
    /// At most <paramref name="max"/> code points, cut before a whole text element (a letter with its combining marks, an
    /// emoji) rather than through it, then trimmed.
    /// </summary>
    public static string TakeCharacters(string text, int max)
    {
        var kept = 0;
        var length = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var size = CountCharacters(element);
            if (kept + size > max)
                break;
            kept += size;
            length += element.Length;
        }

        return text[..length].TrimEnd();
    }
}
