using TtsPanel.App.Moderation;

namespace TtsPanel.App.Tests.Moderation;

public class TextLimitsTests
{
    [Fact]
    public void CountWords_SplitsOnAnyWhiteSpace() => Assert.Equal(3, TextLimits.CountWords(" one  two\tthree "));

    [Fact]
    public void TakeWords_KeepsTheFirstWords() => Assert.Equal("one two", TextLimits.TakeWords("one two three", 2));

    [Fact]
    public void CountCharacters_CountsAnEmojiOnce() => Assert.Equal(3, TextLimits.CountCharacters("a😀b"));

    [Fact]
    public void TakeCharacters_NeverSplitsASurrogatePair() => Assert.Equal("a", TextLimits.TakeCharacters("a😀b", 1));

    [Fact]
    public void TakeCharacters_KeepsALetterWithItsCombiningMark()
    {
        // "e" + U+0301 is one text element of two code points: it is kept whole or not at all.
        Assert.Equal("ab", TextLimits.TakeCharacters("abe\u0301", 3));
        Assert.Equal("abe\u0301", TextLimits.TakeCharacters("abe\u0301", 4));
    }

    [Fact]
    public void TakeCharacters_TrimsTheCut() => Assert.Equal("one", TextLimits.TakeCharacters("one two", 4));
}
