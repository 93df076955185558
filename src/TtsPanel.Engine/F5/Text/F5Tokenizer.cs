using System.Text;

namespace TtsPanel.Engine.F5.Text;

/// <summary>
/// Turns text into the model's token ids the way the reference's character-level tokenizer does for English and other
/// Latin-script text: each character is a token, and a space token is inserted before every multi-character
/// segment that does not follow a space, colon or quote. Chinese is not converted to pinyin yet: a Han character
/// becomes a space token followed by the character itself, which the vocabulary maps to id 0.
/// </summary>
public sealed class F5Tokenizer(F5Vocabulary vocabulary)
{
    public F5Vocabulary Vocabulary => vocabulary;

    /// <summary>The text's tokens as strings, before the vocabulary lookup.</summary>
    public IReadOnlyList<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        foreach (var segment in LatinSegmenter.Segment(ReplacePunctuation(text)))
        {
            var bytes = Encoding.UTF8.GetByteCount(segment);
            var codePoints = segment.EnumerateRunes().Count();
            if (bytes == codePoints)
            {
                if (tokens.Count > 0 && bytes > 1 && tokens[^1] is not (" " or ":" or "'" or "\""))
                    tokens.Add(" ");
                tokens.AddRange(segment.Select(c => c.ToString()));
            }
            else
            {
                // Mixed segments keep Latin-1 characters as they are; in both cases a Han character is preceded by a space.
                foreach (var rune in segment.EnumerateRunes())
                {
                    if (IsChinese(rune))
                        tokens.Add(" ");
                    tokens.Add(rune.ToString());
                }
            }
        }

        return tokens;
    }

    /// <summary>The text's token ids; characters the vocabulary lacks become 0.</summary>
    public int[] Encode(string text) => Tokenize(text).Select(vocabulary.IdOf).ToArray();

    /// <summary>The reference's "Chinese" range: bopomofo through the CJK unified ideographs.</summary>
    private static bool IsChinese(Rune rune) => rune.Value is >= 0x3100 and <= 0x9FFF;

    private static string ReplacePunctuation(string text) =>
        text.Replace(';', ',').Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u2018', '\'').Replace('\u2019', '\'');
}
