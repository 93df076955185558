using TtsPanel.App.Moderation;

namespace TtsPanel.App.Tests.Moderation;

public class ChatCommandParserTests
{
    [Theory]
    [InlineData("!skip", ChatCommand.Skip)]
    [InlineData("!PAUSE", ChatCommand.Pause)]
    [InlineData("!resume now", ChatCommand.Resume)]
    [InlineData("!clear", ChatCommand.Clear)]
    [InlineData("!voice", ChatCommand.Voice)]
    public void Parse_KnownCommand_IsRecognisedInAnyCase(string text, ChatCommand expected) =>
        Assert.Equal(expected, ChatCommandParser.Parse(text, out _));

    [Theory]
    [InlineData("!skipper")]
    [InlineData("skip")]
    [InlineData("!tts hi")]
    [InlineData("!")]
    public void Parse_AnythingElse_IsNoCommand(string text) => Assert.Null(ChatCommandParser.Parse(text, out _));

    [Fact]
    public void Parse_Voice_ReturnsTheTrimmedArgument()
    {
        ChatCommandParser.Parse("!voice   f5-tts:alice ", out var argument);

        Assert.Equal("f5-tts:alice", argument);
    }
}
