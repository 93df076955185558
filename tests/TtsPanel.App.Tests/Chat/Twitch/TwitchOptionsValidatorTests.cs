using TtsPanel.App.Chat.Twitch;

namespace TtsPanel.App.Tests.Chat.Twitch;

public class TwitchOptionsValidatorTests
{
    private static IEnumerable<string>? Failures(TwitchOptions options) => new TwitchOptionsValidator().Validate(null, options).Failures;

    [Fact]
    public void Validate_DefaultsWithAChannel_Succeed() =>
        Assert.True(new TwitchOptionsValidator().Validate(null, new TwitchOptions { Enabled = true, Channels = ["#Dallas"] }).Succeeded);

    [Fact]
    public void Validate_Disabled_ChecksNothing() =>
        Assert.True(new TwitchOptionsValidator().Validate(null, new TwitchOptions { Port = 0 }).Succeeded);

    [Fact]
    public void Validate_NoChannels_NamesTheKey() =>
        Assert.Equal(["Chat:Twitch:Channels must list between 1 and 20 channels (was 0)."], Failures(new TwitchOptions { Enabled = true }));

    [Fact]
    public void Validate_BadChannelName_NamesItsIndexAndValue() =>
        Assert.Equal(
            ["Chat:Twitch:Channels:1 must be 1 to 25 letters, digits or underscores, with or without a leading '#' (was 'two words')."],
            Failures(new TwitchOptions { Enabled = true, Channels = ["ok", "two words"] }));

    [Fact]
    public void Validate_LoginWithoutToken_NamesBothKeys() =>
        Assert.Equal(
            ["Chat:Twitch:OAuthToken must be set when Chat:Twitch:Login is (was empty)."],
            Failures(new TwitchOptions { Enabled = true, Channels = ["a"], Login = "ttsbot" }));

    [Fact]
    public void Validate_TokenWithSpace_NeverEchoesTheToken()
    {
        var failures = Failures(new TwitchOptions { Enabled = true, Channels = ["a"], Login = "ttsbot", OAuthToken = "oauth:se cret" });

        Assert.Equal(["Chat:Twitch:OAuthToken must not contain spaces or control characters (was a value of 13 characters)."], failures);
    }

    [Fact]
    public void Validate_OutOfRangeValues_NameEachKey()
    {
        var options = new TwitchOptions
        {
            Enabled = true,
            Channels = ["a"], Host = "", Port = 0, Login = "bad-login!", OAuthToken = "x", PongTimeoutSeconds = 0,
            ReconnectMinDelayMs = 5_000, ReconnectMaxDelayMs = 1_000,
        };

        Assert.Equal(
        [
            "Chat:Twitch:Host must be a host name (was '').",
            "Chat:Twitch:Port must be between 1 and 65535 (was 0).",
            "Chat:Twitch:Login must be 1 to 25 letters, digits or underscores (was 'bad-login!').",
            "Chat:Twitch:PongTimeoutSeconds must be between 1 and 120 (was 0).",
            "Chat:Twitch:ReconnectMaxDelayMs must be at least Chat:Twitch:ReconnectMinDelayMs (5000) (was 1000).",
        ], Failures(options));
    }

    [Theory]
    [InlineData("wss://irc-ws.chat.twitch.tv:443")]
    [InlineData("ws://127.0.0.1:8080/chat")]
    public void Validate_WebSocketTransportWithWsAddress_Succeeds(string url) =>
        Assert.True(new TwitchOptionsValidator().Validate(
            null, new TwitchOptions { Enabled = true, Channels = ["a"], Transport = TwitchTransport.WebSocket, WebSocketUrl = url }).Succeeded);

    [Theory]
    [InlineData("https://irc-ws.chat.twitch.tv")]
    [InlineData("irc-ws.chat.twitch.tv:443")]
    [InlineData("/relative")]
    [InlineData("")]
    public void Validate_WebSocketUrlNotWs_NamesTheKeyAndValue(string url) =>
        Assert.Equal(
            [$"Chat:Twitch:WebSocketUrl must be an absolute ws:// or wss:// address (was '{url}')."],
            Failures(new TwitchOptions { Enabled = true, Channels = ["a"], Transport = TwitchTransport.WebSocket, WebSocketUrl = url }));

    [Fact]
    public void Validate_UnknownTransport_NamesTheKeyAndValue() =>
        Assert.Equal(
            ["Chat:Twitch:Transport must be Tcp or WebSocket (was '7')."],
            Failures(new TwitchOptions { Enabled = true, Channels = ["a"], Transport = (TwitchTransport)7 }));

    [Theory]
    [InlineData("Dallas", "#dallas")]
    [InlineData("#dallas", "#dallas")]
    [InlineData(" ##Dallas ", "#dallas")]
    public void NormaliseChannel_AnySpelling_IsLowercaseWithOneHash(string input, string expected) =>
        Assert.Equal(expected, TwitchOptions.NormaliseChannel(input));
}
