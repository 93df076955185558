using TtsPanel.App.Chat.Twitch;

namespace TtsPanel.App.Tests.Chat.Twitch;

public class IrcLineParserTests
{
    private static IrcMessage Parse(string line)
    {
        Assert.True(IrcLineParser.TryParse(line, out var message, out var error), error);
        return message;
    }

    private static string Error(string line)
    {
        Assert.False(IrcLineParser.TryParse(line, out _, out var error));
        return error;
    }

    [Fact]
    public void TryParse_PrefixCommandAndTrailing_SplitsEveryPart()
    {
        var message = Parse(":nick!user@host PRIVMSG #chan :hello there :)");

        Assert.Equal("nick!user@host", message.Prefix);
        Assert.Equal("nick", message.Nick);
        Assert.Equal("PRIVMSG", message.Command);
        Assert.Equal(["#chan", "hello there :)"], message.Parameters);
        Assert.Empty(message.Tags);
    }

    [Theory]
    [InlineData("PING :tmi.twitch.tv", new[] { "tmi.twitch.tv" })]
    [InlineData("USER a 0 * :Real Name", new[] { "a", "0", "*", "Real Name" })]
    [InlineData("CMD a  b   :", new[] { "a", "b", "" })]
    [InlineData("CMD", new string[0])]
    [InlineData("CMD :", new[] { "" })]
    [InlineData("CMD a b ::c", new[] { "a", "b", ":c" })]
    public void TryParse_Parameters_FollowRfc1459(string line, string[] expected) =>
        Assert.Equal(expected, Parse(line).Parameters);

    [Fact]
    public void TryParse_ServerPrefix_NickIsTheWholePrefix() =>
        Assert.Equal("irc.test.local", Parse(":irc.test.local 001 me :Welcome").Nick);

    [Fact]
    public void TryParse_LowercaseCommandAndNumeric_AreAccepted()
    {
        Assert.Equal("PRIVMSG", Parse("privmsg #a :b").Command);
        Assert.Equal("376", Parse(":s 376 me :End of MOTD").Command);
    }

    [Fact]
    public void TryParse_TrailingCr_IsStripped() =>
        Assert.Equal(["tmi.twitch.tv"], Parse("PING :tmi.twitch.tv\r").Parameters);

    [Fact]
    public void TryParse_Tags_AreSplitWithAndWithoutValues()
    {
        var message = Parse("@a=b;c=;d;e=f=g :n PRIVMSG #x :y");

        Assert.Equal("b", message.Tag("a"));
        Assert.Equal("", message.Tag("c"));
        Assert.Equal("", message.Tag("d"));
        Assert.Equal("f=g", message.Tag("e"));
        Assert.Null(message.Tag("missing"));
    }

    [Theory]
    [InlineData(@"a\:b", "a;b")]
    [InlineData(@"a\sb", "a b")]
    [InlineData(@"a\\b", @"a\b")]
    [InlineData(@"a\rb\nc", "a\rb\nc")]
    [InlineData(@"trailing\", "trailing")]
    [InlineData(@"unknown\bescape", "unknownbescape")]
    [InlineData(@"\\\s\:", @"\ ;")]
    [InlineData(@"\\s", @"\s")]
    [InlineData("", "")]
    public void TryParse_TagValueEscapes_AreUndone(string raw, string expected) =>
        Assert.Equal(expected, Parse($"@k={raw} CMD").Tag("k"));

    [Fact]
    public void TryParse_RepeatedTag_KeepsTheLastValue() =>
        Assert.Equal("2", Parse("@k=1;k=2 CMD").Tag("k"));

    [Fact]
    public void TryParse_EmptyTagEntries_AreSkipped() =>
        Assert.Equal(["a", "b"], Parse("@a=1;;b=2; CMD").Tags.Keys.Order());

    [Fact]
    public void TryParse_VendorTagKey_IsKeptWhole() =>
        Assert.Equal("x", Parse("@+example.com/key=x CMD").Tag("+example.com/key"));

    [Theory]
    [InlineData("", "The line is empty.")]
    [InlineData("@a=b", "The line has tags but no command.")]
    [InlineData(":prefix", "The line has a prefix but no command.")]
    [InlineData(": PRIVMSG #a :b", "The line has an empty prefix.")]
    [InlineData("@a=b :prefix ", "The line has no command.")]
    [InlineData("12 a", "'12' is not an IRC command (letters, or three digits).")]
    [InlineData("PRIV-MSG a", "'PRIV-MSG' is not an IRC command (letters, or three digits).")]
    [InlineData("PRIVMSG #a :b\0c", "The line contains the control character U+0000 at position 13.")]
    [InlineData("PRIVMSG #a :b\rQUIT", "The line contains the control character U+000D at position 13.")]
    public void TryParse_MalformedLine_ReturnsTheReason(string line, string expected) =>
        Assert.Equal(expected, Error(line));

    [Fact]
    public void TryParse_RandomAndHostileLines_NeverThrow()
    {
        var random = new Random(4);
        const string alphabet = "@:;= \\#!aZ09\u00e9\u0001\t-/";
        for (var i = 0; i < 20_000; i++)
        {
            var line = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            if (IrcLineParser.TryParse(line, out var message, out var error))
                Assert.NotEmpty(message.Command);
            else
                Assert.NotEmpty(error);
        }
    }
}
