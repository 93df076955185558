using TtsPanel.App.Moderation;

namespace TtsPanel.App.Tests.Moderation;

public class LinkFinderTests
{
    [Theory]
    [InlineData("see https://example.org/a?b=1 now")]
    [InlineData("go to www.example.com")]
    [InlineData("free stuff at scam.gg/win")]
    [InlineData("HTTP://EXAMPLE.ORG")]
    [InlineData("twitch.tv/someone")]
    public void Contains_Links_AreFound(string text) => Assert.True(LinkFinder.Contains(text));

    [Theory]
    [InlineData("e.g. this")]
    [InlineData("open file.txt please")]
    [InlineData("3.14 is pi")]
    [InlineData("the end.")]
    public void Contains_OrdinaryText_FindsNone(string text) => Assert.False(LinkFinder.Contains(text));

    [Fact]
    public void Remove_ReplacesEachLinkWithASpace() =>
        Assert.Equal("see   and  ", LinkFinder.Remove("see https://a.io/x and example.com"));

    [Fact]
    public void Contains_HostileDotRun_ReturnsQuickly() =>
        Assert.False(LinkFinder.Contains(string.Concat(Enumerable.Repeat("a.", 5_000)) + "a"));
}
