using TtsPanel.App.Moderation;

namespace TtsPanel.App.Tests.Moderation;

public class BannedWordListTests
{
    [Fact]
    public void FindMatch_BannedWordInAnyCase_NamesItsKey()
    {
        var list = new BannedWordList(new ModerationOptions { BannedWords = ["frog", "Toad"] });

        Assert.Equal("Moderation:BannedWords:1", list.FindMatch("a TOAD here", out var timedOut));
        Assert.False(timedOut);
    }

    [Fact]
    public void FindMatch_WholeWordsOnly_IgnoresTheWordInsideAnother()
    {
        var list = new BannedWordList(new ModerationOptions { BannedWords = ["ass", "f*ck"] });

        Assert.Null(list.FindMatch("a class of bass", out _));
        Assert.Equal("Moderation:BannedWords:1", list.FindMatch("oh f*ck!", out _));
    }

    [Fact]
    public void FindMatch_WholeWordsOff_FindsTheWordInsideAnother()
    {
        var list = new BannedWordList(new ModerationOptions { BannedWords = ["ass"], BannedWholeWordsOnly = false });

        Assert.Equal("Moderation:BannedWords:0", list.FindMatch("a Class", out _));
    }

    [Fact]
    public void FindMatch_Pattern_MatchesIgnoringCase()
    {
        var list = new BannedWordList(new ModerationOptions { BannedPatterns = [@"n[o0]+b"] });

        Assert.Equal("Moderation:BannedPatterns:0", list.FindMatch("you N00B", out _));
    }

    [Fact]
    public void FindMatch_PatternRunsOutOfTime_ReportsTheTimeout()
    {
        var list = new BannedWordList(new ModerationOptions { BannedPatterns = ["(a|aa)+$"], RegexTimeoutMilliseconds = 1 });

        var key = list.FindMatch(new string('a', 5_000) + "!", out var timedOut);

        Assert.Equal("Moderation:BannedPatterns:0", key);
        Assert.True(timedOut);
    }

    [Fact]
    public void FindInvalidPatterns_BadPattern_NamesKeyAndValue()
    {
        var problem = Assert.Single(BannedWordList.FindInvalidPatterns(["ok", "(abc"], TimeSpan.FromSeconds(1)));

        Assert.StartsWith("Moderation:BannedPatterns:1 must be a valid regular expression (was '(abc'): ", problem);
    }
}
