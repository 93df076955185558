using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TtsPanel.Engine.F5.Text;

/// <summary>
/// Splits long text into chunks that each fit, with the reference clip, in about 22 seconds of audio, by the
/// reference's rule: sentences are packed greedily up to a UTF-8 byte budget taken from the reference's speaking rate.
/// </summary>
public static partial class TextChunker
{
    /// <summary>Seconds of reference plus generated audio one chunk aims at.</summary>
    public const double TotalSecondsPerChunk = 22;

    // After ASCII ; : , . ! ? the following whitespace is the separator; after their fullwidth forms the split is zero-width.
    [GeneratedRegex(@"(?<=[;:,.!?])\s+|(?<=[；：，。！？])")]
    private static partial Regex SentenceBreak();

    /// <summary>
    /// The byte budget of a chunk: the reference's bytes per second times the seconds left of the 22 s budget, times
    /// the speed, truncated toward zero.
    /// </summary>
    /// <param name="normalizedTranscript">The transcript after <see cref="ReferenceText.Normalize"/> (without the extra space).</param>
    /// <param name="referenceSeconds">Length of the prepared reference clip.</param>
    /// <param name="speed">Speed factor, 1.0 normally.</param>
    public static int MaxChunkBytes(string normalizedTranscript, double referenceSeconds, double speed) =>
        (int)(Encoding.UTF8.GetByteCount(normalizedTranscript) / referenceSeconds * (TotalSecondsPerChunk - referenceSeconds) * speed);

    /// <summary>
    /// The byte budget of a short first chunk of about <paramref name="seconds"/> of speech at the reference's rate
    /// (bytes per second times seconds times speed, truncated), so that a long message starts playing early.
    /// </summary>
    public static int FirstChunkBytes(string normalizedTranscript, double referenceSeconds, double seconds, double speed) =>
        (int)(Encoding.UTF8.GetByteCount(normalizedTranscript) / referenceSeconds * seconds * speed);

    /// <summary>Packs the sentences of <paramref name="text"/> into trimmed chunks of at most <paramref name="maxBytes"/> bytes
    /// (a single sentence longer than that is a chunk of its own, as in the reference, unless it is longer than
    /// <paramref name="sentenceLimitBytes"/>: then it is cut at spaces, or inside a word that alone is too long).
    /// The first chunk gets at most <paramref name="firstChunkBytes"/> (default: the same budget as the others).</summary>
    public static IReadOnlyList<string> Chunk(string text, int maxBytes, int sentenceLimitBytes = int.MaxValue, int firstChunkBytes = int.MaxValue)
    {
        var chunks = new List<string>();
        var current = new StringBuilder();
        var currentBytes = 0;
        foreach (var sentence in SentenceBreak().Split(text).SelectMany(s => Cut(s, sentenceLimitBytes)))
        {
            if (sentence.Length == 0)
                continue;
            var sentenceBytes = Encoding.UTF8.GetByteCount(sentence);
            var budget = chunks.Count == 0 ? Math.Min(firstChunkBytes, maxBytes) : maxBytes;
            if (currentBytes + sentenceBytes > budget && current.Length > 0)
            {
                AddTrimmed(chunks, current);
                current.Clear();
                currentBytes = 0;
            }

            // A sentence ending in a one-byte character (ASCII) is followed by a space; after "。" none is needed.
            var piece = Encoding.UTF8.GetByteCount(sentence[^1..]) == 1 ? sentence + " " : sentence;
            current.Append(piece);
            currentBytes += Encoding.UTF8.GetByteCount(piece);
        }

        AddTrimmed(chunks, current);
        return chunks;
    }

    /// <summary>Pieces of at most <paramref name="limitBytes"/> bytes, cut after whitespace where possible and never
    /// inside a character (text element).</summary>
    private static IEnumerable<string> Cut(string sentence, int limitBytes)
    {
        if (Encoding.UTF8.GetByteCount(sentence) <= limitBytes)
        {
            yield return sentence;
            yield break;
        }

        var piece = new StringBuilder();
        var pieceBytes = 0;
        var lastSpace = -1;
        var elements = StringInfo.GetTextElementEnumerator(sentence);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var elementBytes = Encoding.UTF8.GetByteCount(element);
            while (pieceBytes + elementBytes > limitBytes && piece.Length > 0)
            {
                // Break after the last space when there is one, carrying the rest of the word into the next piece.
                var cutAt = lastSpace > 0 ? lastSpace : piece.Length;
                yield return piece.ToString(0, cutAt).TrimEnd();
                piece.Remove(0, cutAt);
                pieceBytes = Encoding.UTF8.GetByteCount(piece.ToString());
                lastSpace = -1;
            }

            piece.Append(element);
            pieceBytes += elementBytes;
            if (char.IsWhiteSpace(element[0]))
                lastSpace = piece.Length;
        }

        if (piece.Length > 0)
            yield return piece.ToString();
    }

    private static void AddTrimmed(List<string> chunks, StringBuilder chunk)
    {
        var trimmed = chunk.ToString().Trim();
        if (trimmed.Length > 0)
            chunks.Add(trimmed);
    }
}
