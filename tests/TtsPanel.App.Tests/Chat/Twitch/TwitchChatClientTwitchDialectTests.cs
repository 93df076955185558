using Microsoft.Extensions.Time.Testing;
using TtsPanel.App.Chat;
using TtsPanel.App.Tests.Fakes;

namespace TtsPanel.App.Tests.Chat.Twitch;

/// <summary>The client against a scripted loopback server replaying Twitch-shaped lines that ngircd cannot send.</summary>
public class TwitchChatClientTwitchDialectTests
{
    [Fact]
    public async Task RunAsync_Anonymous_RequestsTwitchCapabilitiesAndLogsInWithoutPassword()
    {
        using var server = new ScriptedIrcServer();
        await using var client = RunningChatClient.Start(RunningChatClient.LoopbackOptions(server.Port, "dallas"));
        using var peer = await server.AcceptAsync();

        var login = new[] { await peer.WaitForAsync(""), await peer.WaitForAsync(""), await peer.WaitForAsync("") };

        Assert.Equal("CAP REQ :twitch.tv/tags twitch.tv/commands", login[0]);
        Assert.Matches("^NICK justinfan[0-9]+$", login[1]);
        Assert.StartsWith("USER justinfan", login[2]);
    }

    [Fact]
    public async Task RunAsync_BotLogin_SendsTheTokenWithOauthPrefix()
    {
        using var server = new ScriptedIrcServer();
        var options = RunningChatClient.LoopbackOptions(server.Port, "dallas");
        options.Login = "TtsBot";
        options.OAuthToken = "abc123";
        await using var client = RunningChatClient.Start(options);
        using var peer = await server.AcceptAsync();

        Assert.Equal("PASS oauth:abc123", await peer.WaitForAsync("PASS"));
        Assert.Equal("NICK ttsbot", await peer.WaitForAsync(""));
    }

    [Fact]
    public async Task RunAsync_TwitchLines_PublishMappedEventsAndSkipMalformedOnes()
    {
        using var server = new ScriptedIrcServer();
        await using var client = RunningChatClient.Start(RunningChatClient.LoopbackOptions(server.Port, "dallas"));
        using var peer = await server.AcceptLoggedInAsync("#dallas");

        await peer.SendAsync("@badges=vip/1;bits=50;id=m1;room-id=1;user-id=7;vip=1 :ronni!ronni@ronni.tmi.twitch.tv PRIVMSG #dallas :cheer50 hi");
        await peer.SendAsync("@tags-without-command");
        await peer.SendAsync(new string('x', 20_000));
        await peer.SendAsync("PING :tmi.twitch.tv");
        await peer.SendAsync("@login=ronni;target-msg-id=m1 :tmi.twitch.tv CLEARMSG #dallas :cheer50 hi");
        await peer.SendAsync("@ban-duration=60;room-id=1;target-user-id=7 :tmi.twitch.tv CLEARCHAT #dallas :ronni");

        var message = Assert.IsType<ChatMessage>(await client.NextEventAsync());
        Assert.Equal(("m1", 50, true), (message.MessageId, message.Bits, message.IsVip));
        Assert.Equal("PONG :tmi.twitch.tv", await peer.WaitForAsync("PONG"));
        Assert.Equal("m1", Assert.IsType<ChatMessageDeleted>(await client.NextEventAsync()).MessageId);
        Assert.Equal(TimeSpan.FromSeconds(60), Assert.IsType<ChatUserCleared>(await client.NextEventAsync()).Duration);
        Assert.Equal(2, client.Client.Losses.Malformed);
    }

    [Fact]
    public async Task RunAsync_ReconnectCommand_RejoinsEveryChannelAndSkipsARedeliveredMessage()
    {
        using var server = new ScriptedIrcServer();
        await using var client = RunningChatClient.Start(RunningChatClient.LoopbackOptions(server.Port, "alpha", "beta"));
        using (var first = await server.AcceptLoggedInAsync("#alpha", "#beta"))
        {
            await first.SendAsync("@id=m1 :a!a@a.tmi.twitch.tv PRIVMSG #alpha :first");
            Assert.Equal("m1", Assert.IsType<ChatMessage>(await client.NextEventAsync()).MessageId);
            await first.SendAsync(":tmi.twitch.tv RECONNECT");
        }

        using var second = await server.AcceptLoggedInAsync("#alpha", "#beta");
        await second.SendAsync("@id=m1 :a!a@a.tmi.twitch.tv PRIVMSG #alpha :first");
        await second.SendAsync("@id=m2 :a!a@a.tmi.twitch.tv PRIVMSG #beta :second");

        Assert.Equal("m2", Assert.IsType<ChatMessage>(await client.NextEventAsync()).MessageId);
        Assert.Contains(client.Statuses, s => s.Message.EndsWith("(the server asked to reconnect)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_LoginNotice_StopsWithTheReasonAndDoesNotRetry()
    {
        using var server = new ScriptedIrcServer();
        await using var client = RunningChatClient.Start(RunningChatClient.LoopbackOptions(server.Port, "dallas"));
        using (var peer = await server.AcceptAsync())
        {
            await peer.WaitForAsync("NICK");
            await peer.SendAsync(":tmi.twitch.tv NOTICE * :Login authentication failed");
        }

        await client.Run.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("Stopped: authentication failed (Login authentication failed)", client.Client.Status.Message);
        Assert.False(await server.ConnectionArrivesWithinAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task RunAsync_SilentServer_WatchdogPingsThenReconnects()
    {
        var time = new FakeTimeProvider();
        using var server = new ScriptedIrcServer();
        await using var client = RunningChatClient.Start(RunningChatClient.LoopbackOptions(server.Port, "dallas"), time);
        using var silent = await server.AcceptLoggedInAsync("#dallas");
        var connected = await client.WaitForStatusAsync(ChatSourceState.Connected);

        time.Advance(TimeSpan.FromSeconds(60));
        Assert.Equal("PING :ttspanel", await silent.WaitForAsync("PING"));
        await FakeTimeSteps.AdvanceUntilAsync(time, () => client.Client.Status.State == ChatSourceState.Reconnecting);
        await FakeTimeSteps.AdvanceUntilAsync(time, () => client.Client.Status.State == ChatSourceState.Connecting);
        using var next = await server.AcceptLoggedInAsync("#dallas");

        await client.WaitForStatusAsync(ChatSourceState.Connected, connected);
        Assert.Contains(client.Statuses, s => s.Message.EndsWith("(no reply to PING within 10 s)", StringComparison.Ordinal));
    }
}
