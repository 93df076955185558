using System.Text;

namespace TtsPanel.App.Moderation;

/// <summary>The character-level cleaning chat text gets before anything else looks at it.</summary>
public static class TextCleaner
{
    private const char ReplacementCharacter = '\uFFFD';

    /// <summary>
    /// Removes what is invisible or reorders text without being speech: C0 and C1 controls (line breaks and tabs become
    /// spaces), bidi embeddings, overrides, isolates and marks, zero-width characters, Unicode tag characters (chat
    /// clients append them to dodge duplicate checks), unpaired surrogates and U+FFFD, the replacement character the
    /// chat connection puts where bytes were not valid UTF-8 (it has no sound, and a voice might spell out its name).
    /// Letters, marks, emoji and right-to-left scripts are kept as written.
    /// </summary>
    public static string StripInvisible(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var scalar = char.ConvertToUtf32(text[i], text[i + 1]);
                if (scalar is < 0xE0000 or > 0xE007F)
                    builder.Append(text, i, 2);
                i++;
                continue;
            }

            var c = text[i];
            if (c is '\n' or '\r' or '\t')
                builder.Append(' ');
            else if (!char.IsControl(c) && !char.IsSurrogate(c) && !IsInvisibleFormat(c) && c != ReplacementCharacter)
                builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// <paramref name="text"/> with each unpaired surrogate replaced by U+FFFD: for names and ids, which are shown and
    /// stored rather than spoken. LiteDB writes strings with a strict UTF-8 encoder, which throws on an unpaired
    /// surrogate, so one left in would cost the whole message.
    /// </summary>
    public static string? ReplaceUnpairedSurrogates(string? text)
    {
        if (text is null || !text.Any(char.IsSurrogate))
            return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
                i++;
            else if (char.IsSurrogate(chars[i]))
                chars[i] = ReplacementCharacter;
        }

        return new string(chars);
    }

    /// <summary>Shortens each run of one character past <paramref name="max"/> to <paramref name="max"/>; digits are left alone, "1000000" is a number.</summary>
    public static string CollapseRepeats(string text, int max)
    {
        var builder = new StringBuilder(text.Length);
        Rune previous = default;
        var run = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            run = rune == previous ? run + 1 : 1;
            previous = rune;
            if (run <= max || Rune.IsDigit(rune))
                builder.Append(rune.ToString());
        }

        return builder.ToString();
    }

    /// <summary>Replaces each emote (code-point ranges, as Twitch counts them) with a space.</summary>
    public static string RemoveEmotes(string text, IReadOnlyList<Range> emotes)
    {
        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var inEmote = emotes.Any(e => position >= e.Start.Value && position < e.End.Value);
            builder.Append(inEmote ? " " : rune.ToString());
            position++;
        }

        return builder.ToString();
    }

    /// <summary>Trims and turns every run of white space into one space.</summary>
    public static string CollapseWhitespace(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // Format characters that change layout or joining but carry no sound: ALM, ZWSP, ZWNJ, ZWJ, LRM, RLM, the bidi
    // embeddings and overrides (U+202A–202E), word joiner and invisible operators (U+2060–2064), the bidi isolates
    // (U+2066–2069), the Mongolian vowel separator and the BOM. Removing ZWJ splits an emoji sequence into its emoji,
    // which are read the same.
    private static bool IsInvisibleFormat(char c) =>
        c is '\u061C' or '\u180E' or '\uFEFF' or (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E')
            or (>= '\u2060' and <= '\u2064') or (>= '\u2066' and <= '\u2069');
}
