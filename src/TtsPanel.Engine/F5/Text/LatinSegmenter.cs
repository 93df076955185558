using System.Text.RegularExpressions;

namespace TtsPanel.Engine.F5.Text;

/// <summary>
/// Splits text into the segments the reference's jieba word splitter yields for non-Chinese text, because the
/// tokenizer inserts spaces at segment boundaries. Inside runs of letters, digits, Han characters and <c>+#&amp;._%-</c>
/// the splitter yields alphanumeric runs (a number may keep a decimal part and a trailing %) and the text between
/// them as one segment; every other character is a segment of its own, CR LF being one.
/// </summary>
public static partial class LatinSegmenter
{
    [GeneratedRegex(@"([\u4E00-\u9FD5a-zA-Z0-9+#&._%\-]+)")]
    private static partial Regex WordBlock();

    [GeneratedRegex(@"([a-zA-Z0-9]+(?:\.[0-9]+)?%?)")]
    private static partial Regex AlphanumericRun();

    [GeneratedRegex(@"([\u4E00-\u9FD5]+)")]
    private static partial Regex HanRun();

    public static IEnumerable<string> Segment(string text)
    {
        foreach (var block in WordBlock().Split(text))
        {
            if (block.Length == 0)
                continue;
            // Split keeps the captured blocks; the text between them holds no block character at all.
            if (WordBlock().IsMatch(block))
            {
                foreach (var segment in SegmentWordBlock(block))
                    yield return segment;
            }
            else
            {
                foreach (var segment in SegmentOther(block))
                    yield return segment;
            }
        }
    }

    private static IEnumerable<string> SegmentWordBlock(string block)
    {
        // Han runs are left whole here: without a Chinese dictionary the tokenizer handles them character by character.
        foreach (var part in HanRun().Split(block))
        {
            if (part.Length == 0)
                continue;
            if (HanRun().IsMatch(part))
            {
                yield return part;
                continue;
            }

            foreach (var piece in AlphanumericRun().Split(part))
            {
                if (piece.Length > 0)
                    yield return piece;
            }
        }
    }

    private static IEnumerable<string> SegmentOther(string block)
    {
        for (var index = 0; index < block.Length; index++)
        {
            if (block[index] == '\r' && index + 1 < block.Length && block[index + 1] == '\n')
            {
                yield return "\r\n";
                index++;
            }
            else if (char.IsSurrogatePair(block, index))
            {
                yield return block.Substring(index++, 2);
            }
            else
            {
                yield return block[index].ToString();
            }
        }
    }
}
