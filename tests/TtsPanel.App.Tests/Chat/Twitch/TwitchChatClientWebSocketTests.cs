using System.Net.WebSockets;
using Microsoft.Extensions.Time.Testing;
using TtsPanel.App.Chat;
using TtsPanel.App.Chat.Twitch;
using TtsPanel.App.Tests.Fakes;

namespace TtsPanel.App.Tests.Chat.Twitch;

/// <summary>The client over the WebSocket transport, against Kestrel on loopback replaying Twitch-shaped messages.</summary>
public class TwitchChatClientWebSocketTests
{
    [Fact]
    public async Task RunAsync_WebSocket_LogsInWithOneLinePerMessageAndJoins()
    {
        await using var server = await ScriptedWebSocketServer.StartAsync();
        await using var client = RunningChatClient.Start(Options(server.Url, "dallas"));
        using var peer = await server.AcceptLoggedInAsync("#dallas");

        await client.WaitForStatusAsync(ChatSourceState.Connected);

        Assert.Equal("CAP REQ :twitch.tv/tags twitch.tv/commands", peer.Messages[0]);
        Assert.Matches("^NICK justinfan[0-9]+$", peer.Messages[1]);
        Assert.StartsWith("USER justinfan", peer.Messages[2]);
        Assert.Contains("JOIN #dallas", peer.Messages);
        Assert.All(peer.Messages, m => Assert.DoesNotContain('\n', m));
        Assert.Equal($"Connecting to {server.Url}", client.Statuses[0].Message);
    }

    [Fact]
    public async Task RunAsync_TaggedPrivmsgAndPing_PublishesTheMessageAndAnswersPong()
    {
        await using var server = await ScriptedWebSocketServer.StartAsync();
        await using var client = RunningChatClient.Start(Options(server.Url, "dallas"));
        using var peer = await server.AcceptLoggedInAsync("#dallas");

        await peer.SendAsync("@badges=moderator/1;display-name=Ronni;id=m1;mod=1;user-id=7 :ronni!ronni@ronni.tmi.twitch.tv PRIVMSG #dallas :hello there");
        await peer.SendAsync("PING :tmi.twitch.tv");

        var message = Assert.IsType<ChatMessage>(await client.NextEventAsync());
        Assert.Equal(("m1", "Ronni", "hello there", true), (message.MessageId, message.DisplayName, message.Text, message.IsModerator));
        Assert.Equal("PONG :tmi.twitch.tv", await peer.WaitForAsync("PONG"));
    }

    [Fact]
    public async Task RunAsync_SeveralLinesInOneMessage_PublishesEachInOrder()
    {
        await using var server = await ScriptedWebSocketServer.StartAsync();
        await using var client = RunningChatClient.Start(Options(server.Url, "dallas"));
        using var peer = await server.AcceptLoggedInAsync("#dallas");

        await peer.SendMessageAsync(string.Concat(Enumerable.Range(1, 3).Select(i => $"@id=m{i} :a!a@a.tmi.twitch.tv PRIVMSG #dallas :line {i}\r\n")));

        for (var i = 1; i <= 3; i++)
            Assert.Equal($"line {i}", Assert.IsType<ChatMessage>(await client.NextEventAsync()).Text);
        Assert.Equal(0, client.Client.Losses.Malformed);
    }

    [Fact]
    public async Task RunAsync_LineFragmentedOverFrames_IsJoinedIncludingASplitUtf8Character()
    {
        await using var server = await ScriptedWebSocketServer.StartAsync();
        await using var client = RunningChatClient.Start(Options(server.Url, "dallas"));
        using var peer = await server.AcceptLoggedInAsync("#dallas");
        var line = "@id=m1 :a!a@a.tmi.twitch.tv PRIVMSG #dallas :grüße\r\n";
        var bytes = System.Text.Encoding.UTF8.GetBytes(line);
        var cut = Array.IndexOf(bytes, (byte)0xC3) + 1; // between the two bytes of 'ü'

        await peer.SendFrameBytesAsync(bytes[..cut], bytes[cut..]);

        Assert.Equal("grüße", Assert.IsType<ChatMessage>(await client.NextEventAsync()).Text);
    }

    [Fact]
    public async Task RunAsync_MessageWithoutCrlf_EndsTheLineAtTheMessageEnd()
    {
        await using var server = await ScriptedWebSocketServer.StartAsync();
        await using var client = RunningChatClient.Start(Options(server.Url, "dallas"));
        using var peer = await server.AcceptLoggedInAsync("#dallas");

        await peer.SendMessageAsync("@id=m1 :a!a@a.tmi.twitch.tv PRIVMSG #dallas :first");
        await peer.SendMessageAsync("@id=m2 :a!a@a.tmi.twitch.tv PRIVMSG #dallas :second");

        Assert.Equal("first", Assert.IsType<ChatMessage>(await client.NextEventAsync()).Text);
        Assert.Equal("second", Assert.IsType<ChatMessage>(await client.NextEventAsync()).Text);
    }

    [Fact]
    public async Task RunAsync_OversizeLines_AreSkippedAndCountedAndLaterLinesStillArrive()
    {
        await using var server = await ScriptedWebSocketServer.StartAsync();
        await using var client = RunningChatClient.Start(Options(server.Url, "dallas"));
        using var peer = await server.AcceptLoggedInAsync("#dallas");
        // Three times the client's 16 KiB line bound.
        var huge = "@id=big :a!a@a.tmi.twitch.tv PRIVMSG #dallas :" + new string('x', 3 * 16 * 1024);

        await peer.SendMessageAsync(huge); // one oversize message without a line end
        await peer.SendMessageAsync(huge + "\r\n@id=m1 :a!a@a.tmi.twitch.tv PRIVMSG #dallas :after\r\n"); // an oversize line, then a good one

        Assert.Equal("m1", Assert.IsType<ChatMessage>(await client.NextEventAsync()).MessageId);
        Assert.Equal(2, client.Client.Losses.Malformed);
    }

    [Fact]
    public async Task RunAsync_BinaryMessageWithInvalidUtf8_DecodesAsReplacementCharacter()
    {
        await using var server = await ScriptedWebSocketServer.StartAsync();
        await using var client = RunningChatClient.Start(Options(server.Url, "dallas"));
        using var peer = await server.AcceptLoggedInAsync("#dallas");
        byte[] bytes = [.. "@id=m1 :a!a@a.tmi.twitch.tv PRIVMSG #dallas :bad "u8, 0xFF, 0xFE, .. " end\r\n"u8];

        await peer.SendBytesAsync(bytes, WebSocketMessageType.Binary);

        Assert.Equal("bad \uFFFD\uFFFD end", Assert.IsType<ChatMessage>(await client.NextEventAsync()).Text);
    }

    [Fact]
    public async Task RunAsync_TextMessageWithInvalidUtf8_FailsTheConnectionAndReconnects()
    {
        await using var server = await ScriptedWebSocketServer.StartAsync();
        await using var client = RunningChatClient.Start(Options(server.Url, "dallas"));
        using var peer = await server.AcceptLoggedInAsync("#dallas");
        await peer.SendBytesAsync([.. "@id=m1 :a!a@a.tmi.twitch.tv PRIVMSG #dallas :bad "u8, 0xFF, .. "\r\n"u8], WebSocketMessageType.Text);

        // RFC 6455 makes a text message that is not UTF-8 fail the connection, with close status 1007.
        Assert.Equal(WebSocketCloseStatus.InvalidPayloadData, await peer.WaitForCloseAsync());
        using var next = await server.AcceptLoggedInAsync("#dallas");

        await client.WaitForStatusAsync(ChatSourceState.Connected);
        Assert.Contains(client.Statuses, s => s.State == ChatSourceState.Reconnecting && s.Message.Contains("(The WebSocket failed: ", StringComparison.Ordinal));
        Assert.Equal(0, client.Client.Losses.Malformed);
    }

    [Fact]
    public async Task RunAsync_ServerCloses_ReconnectsRejoinsEveryChannelAndSkipsARedeliveredMessage()
    {
        await using var server = await ScriptedWebSocketServer.StartAsync();
        await using var client = RunningChatClient.Start(Options(server.Url, "alpha", "beta"));
        using (var first = await server.AcceptLoggedInAsync("#alpha", "#beta"))
        {
            await first.SendAsync("@id=m1 :a!a@a.tmi.twitch.tv PRIVMSG #alpha :first");
            Assert.Equal("m1", Assert.IsType<ChatMessage>(await client.NextEventAsync()).MessageId);
            await first.CloseAsync();
        }

        using var second = await server.AcceptLoggedInAsync("#alpha", "#beta");
        await second.SendAsync("@id=m1 :a!a@a.tmi.twitch.tv PRIVMSG #alpha :first");
        await second.SendAsync("@id=m2 :a!a@a.tmi.twitch.tv PRIVMSG #beta :second");

        Assert.Equal("m2", Assert.IsType<ChatMessage>(await client.NextEventAsync()).MessageId);
        Assert.Contains(client.Statuses, s => s.Message.EndsWith("(the server closed the connection)", StringComparison.Ordinal));
        Assert.Equal(["JOIN #alpha", "JOIN #beta"], second.Messages.Where(m => m.StartsWith("JOIN", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RunAsync_SilentServer_WatchdogPingsOverTheWebSocketThenReconnects()
    {
        var time = new FakeTimeProvider();
        await using var server = await ScriptedWebSocketServer.StartAsync();
        await using var client = RunningChatClient.Start(Options(server.Url, "dallas"), time);
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

    [Fact]
    public async Task RunAsync_AddressThatIsNoWebSocket_ReportsItAndKeepsRetrying()
    {
        await using var server = await ScriptedWebSocketServer.StartAsync();
        await using var client = RunningChatClient.Start(Options(server.Url + "nowhere", "dallas"));

        var afterFirst = await client.WaitForStatusAsync(ChatSourceState.Reconnecting);
        await client.WaitForStatusAsync(ChatSourceState.Reconnecting, afterFirst);

        Assert.Contains(client.Statuses, s => s.Message.Contains($"(No WebSocket to {server.Url}nowhere: ", StringComparison.Ordinal));
    }

    private static TwitchOptions Options(string url, params string[] channels)
    {
        var options = RunningChatClient.LoopbackOptions(0, channels);
        options.Transport = TwitchTransport.WebSocket;
        options.WebSocketUrl = url;
        return options;
    }
}
