using System.Text.RegularExpressions;

namespace TtsPanel.App.Moderation;

/// <summary>
/// <see cref="ModerationOptions.BannedWords"/> and <see cref="ModerationOptions.BannedPatterns"/> as regular
/// expressions that ignore case and give up after the configured timeout, so a pathological pattern cannot stall chat.
/// </summary>
public sealed class BannedWordList
{
    private const RegexOptions Matching = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private readonly (string Key, Regex Regex)[] _entries;

    /// <exception cref="ArgumentException">A pattern is invalid; <see cref="ModerationOptionsValidator"/> reports that at start.</exception>
    public BannedWordList(ModerationOptions options)
    {
        var timeout = TimeSpan.FromMilliseconds(options.RegexTimeoutMilliseconds);
        // Lookarounds rather than \b, so a word that starts or ends with punctuation ("f*ck") still matches whole.
        var words = options.BannedWords.Select((word, i) => (Key(nameof(options.BannedWords), i),
            new Regex(options.BannedWholeWordsOnly ? $@"(?<!\w){Regex.Escape(word.Trim())}(?!\w)" : Regex.Escape(word.Trim()), Matching, timeout)));
        var patterns = options.BannedPatterns.Select((pattern, i) => (Key(nameof(options.BannedPatterns), i), new Regex(pattern, Matching, timeout)));
        _entries = [.. words, .. patterns];
    }

    /// <summary>
    /// The key of the first entry found in <paramref name="text"/> (e.g. <c>Moderation:BannedWords:2</c>), or null.
    /// <paramref name="timedOut"/> is true when that entry's check ran out of time rather than matched.
    /// </summary>
    public string? FindMatch(string text, out bool timedOut)
    {
        timedOut = false;
        foreach (var (key, regex) in _entries)
        {
            try
            {
                if (regex.IsMatch(text))
                    return key;
            }
            catch (RegexMatchTimeoutException)
            {
                // A check that cannot finish proves nothing: refuse rather than speak what might be banned.
                timedOut = true;
                return key;
            }
        }

        return null;
    }

    /// <summary>One sentence per pattern that does not compile, naming its key, its text and the parser's reason.</summary>
    public static IEnumerable<string> FindInvalidPatterns(List<string> patterns, TimeSpan timeout)
    {
        for (var i = 0; i < patterns.Count; i++)
        {
            string? problem = null;
            try
            {
                _ = new Regex(patterns[i], Matching, timeout);
            }
            catch (ArgumentException e)
            {
                // Regex reports a malformed pattern as RegexParseException, an ArgumentException.
                problem = e.Message;
            }

            if (problem is not null)
                yield return $"{Key(nameof(ModerationOptions.BannedPatterns), i)} must be a valid regular expression (was '{patterns[i]}'): {problem}";
        }
    }

    private static string Key(string list, int index) => $"{ModerationOptions.Section}:{list}:{index}";
}
