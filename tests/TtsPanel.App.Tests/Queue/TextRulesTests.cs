using TtsPanel.App.Queue;

namespace TtsPanel.App.Tests.Queue;

public class TextRulesTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n\t ")]
    public void FindProblem_EmptyOrWhitespace_SaysTextIsEmpty(string? text) =>
        Assert.Equal("Text is empty.", TextRules.FindProblem(text, 500));

    [Fact]
    public void FindProblem_ControlCharacter_NamesItAndItsPosition() =>
        Assert.Equal("Text contains the control character U+0007 at position 3.", TextRules.FindProblem("hi\u0007", 500));

    [Fact]
    public void FindProblem_UnpairedSurrogate_NamesItsPosition() =>
        Assert.Equal("Text contains an unpaired surrogate (U+D83D) at position 2.", TextRules.FindProblem("a\uD83Db", 500));

    [Fact]
    public void FindProblem_OverTheLimit_StatesLengthAndLimit() =>
        Assert.Equal("Text is 6 characters long; the limit is 5.", TextRules.FindProblem("abcdef", 5));

    [Fact]
    public void FindProblem_EmojiAndLineBreaks_AreAcceptedAndAnEmojiCountsOnce()
    {
        // "ok 😀\nyes" is 8 code points but 9 UTF-16 units.
        Assert.Null(TextRules.FindProblem("ok 😀\nyes", 8));
        Assert.NotNull(TextRules.FindProblem("ok 😀\nyes", 7));
    }

    [Fact]
    public void Normalize_TrimsAndComposes() =>
        Assert.Equal("café", TextRules.Normalize("  cafe\u0301 "));
}
