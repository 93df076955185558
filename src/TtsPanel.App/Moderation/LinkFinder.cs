using System.Text.RegularExpressions;

namespace TtsPanel.App.Moderation;

/// <summary>Finds web links in chat text: anything with a scheme or <c>www.</c>, and bare domains on common endings.</summary>
public static class LinkFinder
{
    // Bare domains only on endings common in chat, so "e.g." or "file.txt" stay. NonBacktracking keeps the work linear
    // in the message's length: a hostile "a.a.a.a…" cannot make the check slow.
    private static readonly Regex Link = new(
        @"\b(?:[a-z][a-z0-9+.-]*://|www\.)\S+|\b(?:[a-z0-9-]+\.)+(?:com|net|org|tv|gg|io|co|ly|me|xyz|ru|de|uk|app|dev|link|info|live|be|to)\b(?:/\S*)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    public static bool Contains(string text) => Link.IsMatch(text);

    /// <summary><paramref name="text"/> with each link replaced by a space.</summary>
    public static string Remove(string text) => Link.Replace(text, " ");
}
