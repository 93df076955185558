using TtsPanel.App.Chat;
using TtsPanel.App.Tests.Fakes;

namespace TtsPanel.App.Tests.Chat.Twitch;

/// <summary>The client against a real IRC server (ngircd on loopback): what plain IRC covers.</summary>
public class TwitchChatClientTests
{
    [Fact]
    public async Task RunAsync_PlainIrcServer_JoinsBothChannelsAndReadsMessagesInOrder()
    {
        await using var server = await NgircdServer.StartAsync();
        await using var chatter = await IrcChatter.ConnectAsync(server.Port, "chatter");
        await chatter.JoinAsync("#alpha");
        await chatter.JoinAsync("#beta");

        await using var client = RunningChatClient.Start(RunningChatClient.LoopbackOptions(server.Port, "#Alpha", "beta"));
        await client.WaitForStatusAsync(ChatSourceState.Connected);
        await chatter.WaitForAsync(line => line.StartsWith($":{client.Client.Nick}!", StringComparison.Ordinal) && line.EndsWith("JOIN :#alpha", StringComparison.Ordinal));
        await chatter.WaitForAsync(line => line.StartsWith($":{client.Client.Nick}!", StringComparison.Ordinal) && line.EndsWith("JOIN :#beta", StringComparison.Ordinal));
        await chatter.SayAsync("#alpha", "one");
        await chatter.SayAsync("#beta", "two");
        await chatter.SayAsync("#alpha", "three and more");

        var received = new List<ChatMessage>();
        for (var i = 0; i < 3; i++)
            received.Add(Assert.IsType<ChatMessage>(await client.NextEventAsync()));

        Assert.Equal([("#alpha", "one"), ("#beta", "two"), ("#alpha", "three and more")], received.Select(m => (m.Channel, m.Text)));
        Assert.All(received, m => Assert.Equal("chatter", m.UserLogin));
        Assert.Equal("Connected to #alpha, #beta", client.Client.Status.Message);
        Assert.Equal(0, client.Client.Losses.Malformed);
    }

    [Fact]
    public async Task RunAsync_IdleForTheServersPingTimeout_AnswersPingAndStaysConnected()
    {
        await using var server = await NgircdServer.StartAsync();
        await using var chatter = await IrcChatter.ConnectAsync(server.Port, "chatter");
        await chatter.JoinAsync("#alpha");
        await using var client = RunningChatClient.Start(RunningChatClient.LoopbackOptions(server.Port, "#alpha"));
        await client.WaitForStatusAsync(ChatSourceState.Connected);

        // ngircd PINGs a client idle for 5 s and drops it 5 s later without a PONG; the client's own watchdog (60 s) stays quiet.
        await Task.Delay(TimeSpan.FromSeconds(11));
        await chatter.SayAsync("#alpha", "still there?");

        Assert.Equal("still there?", Assert.IsType<ChatMessage>(await client.NextEventAsync()).Text);
        Assert.DoesNotContain(client.Statuses, s => s.State == ChatSourceState.Reconnecting);
    }

    [Fact]
    public async Task RunAsync_WatchdogPingsAQuietServer_TheReplyKeepsTheConnection()
    {
        await using var server = await NgircdServer.StartAsync();
        var options = RunningChatClient.LoopbackOptions(server.Port, "#alpha");
        options.SilenceBeforePingSeconds = 1;
        options.PongTimeoutSeconds = 1;
        await using var client = RunningChatClient.Start(options);
        await client.WaitForStatusAsync(ChatSourceState.Connected);

        await Task.Delay(TimeSpan.FromSeconds(3.5));

        Assert.Equal(ChatSourceState.Connected, client.Client.Status.State);
        Assert.DoesNotContain(client.Statuses, s => s.State == ChatSourceState.Reconnecting);
    }

    [Fact]
    public async Task RunAsync_ServerKilledAndRestarted_ReconnectsRejoinsAndDeliversOnlyNewMessages()
    {
        await using var server = await NgircdServer.StartAsync();
        await using var client = RunningChatClient.Start(RunningChatClient.LoopbackOptions(server.Port, "#alpha", "#beta"));
        var connected = await client.WaitForStatusAsync(ChatSourceState.Connected);
        await using (var before = await IrcChatter.ConnectAsync(server.Port, "chatter"))
        {
            await before.JoinAsync("#alpha");
            await before.SayAsync("#alpha", "before");
            Assert.Equal("before", Assert.IsType<ChatMessage>(await client.NextEventAsync()).Text);
        }

        await server.StopAsync();
        var reconnecting = await client.WaitForStatusAsync(ChatSourceState.Reconnecting, connected);
        await server.StartAsync();
        await client.WaitForStatusAsync(ChatSourceState.Connected, reconnecting);
        await using var after = await IrcChatter.ConnectAsync(server.Port, "chatter");
        await after.JoinAsync("#alpha");
        await after.JoinAsync("#beta");
        await after.SayAsync("#beta", "after in beta");
        await after.SayAsync("#alpha", "after in alpha");

        Assert.Equal("after in beta", Assert.IsType<ChatMessage>(await client.NextEventAsync()).Text);
        Assert.Equal("after in alpha", Assert.IsType<ChatMessage>(await client.NextEventAsync()).Text);
        Assert.Equal("Connected to #alpha, #beta", client.Client.Status.Message);
    }

    [Fact]
    public async Task RunAsync_WrongPassword_StopsWithTheServersReasonAndNoRetry()
    {
        await using var server = await NgircdServer.StartAsync(password: "secret");
        var options = RunningChatClient.LoopbackOptions(server.Port, "#alpha");
        options.Login = "ttsbot";
        options.OAuthToken = "wrong";
        await using var client = RunningChatClient.Start(options);

        await client.Run.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(new ChatSourceStatus(ChatSourceState.Failed, "Stopped: authentication failed (Access denied: Bad password?)"), client.Client.Status);
        Assert.DoesNotContain(client.Statuses, s => s.State == ChatSourceState.Reconnecting);
        Assert.True(client.Client.Events.Completion.IsCompleted);
    }

    [Fact]
    public async Task RunAsync_Cancelled_SaysQuitAndCompletesTheEvents()
    {
        await using var server = await NgircdServer.StartAsync();
        await using var chatter = await IrcChatter.ConnectAsync(server.Port, "chatter");
        await chatter.JoinAsync("#alpha");
        var client = RunningChatClient.Start(RunningChatClient.LoopbackOptions(server.Port, "#alpha"));
        await client.WaitForStatusAsync(ChatSourceState.Connected);

        await client.DisposeAsync();

        await chatter.WaitForAsync(line => line.StartsWith($":{client.Client.Nick}!", StringComparison.Ordinal) && line.Contains(" QUIT ", StringComparison.Ordinal));
        Assert.Equal(new ChatSourceStatus(ChatSourceState.Stopped, "Stopped"), client.Client.Status);
        Assert.True(client.Client.Events.Completion.IsCompleted);
    }
}
