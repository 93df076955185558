using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using TtsPanel.App.Chat;
using TtsPanel.App.Chat.YouTube;
using TtsPanel.App.Tests.Fakes;
using static TtsPanel.App.Tests.Fakes.YouTubeResponses;

namespace TtsPanel.App.Tests.Chat;

/// <summary>The Settings page's connection tests against the scripted Twitch server and the scripted YouTube API.</summary>
public sealed class ChatConnectionTesterTests
{
    private readonly YouTubeQuotaLedger _quota = new(TimeProvider.System);
    private readonly ChatConnectionTester _tester;

    public ChatConnectionTesterTests() => _tester = new ChatConnectionTester(TimeProvider.System, NullLoggerFactory.Instance, _quota);

    [Fact]
    public async Task TestTwitch_LoginAndJoinAccepted_SucceedsAndQuits()
    {
        using var server = new ScriptedIrcServer();
        var options = RunningChatClient.LoopbackOptions(server.Port, "streamer", "second");
        options.Login = "ttsbot";
        options.OAuthToken = "oauth:abcdefghijklmnop";
        var testing = _tester.TestTwitchAsync(options, CancellationToken.None);

        using var peer = await server.AcceptLoggedInAsync("#streamer");
        var result = await testing;

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal("Logged in as ttsbot and joined #streamer.", result.Message);
        Assert.Contains("QUIT", await peer.ReadToEndAsync());
    }

    [Fact]
    public async Task TestTwitch_LoginRefused_FailsWithTheServersReason()
    {
        using var server = new ScriptedIrcServer();
        var options = RunningChatClient.LoopbackOptions(server.Port, "streamer");
        options.Login = "ttsbot";
        options.OAuthToken = "oauth:wrongtoken0000000";
        var testing = _tester.TestTwitchAsync(options, CancellationToken.None);

        using var peer = await server.AcceptAsync();
        await peer.WaitForAsync("NICK ");
        await peer.SendAsync(":tmi.twitch.tv NOTICE * :Login authentication failed");
        var result = await testing;

        Assert.False(result.Succeeded);
        Assert.Equal("Stopped: authentication failed (Login authentication failed)", result.Message);
    }

    [Fact]
    public async Task TestTwitch_NothingListening_SaysItCouldNotConnect()
    {
        // A port that was free a moment ago: the connection is refused.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var result = await _tester.TestTwitchAsync(RunningChatClient.LoopbackOptions(port, "streamer"), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.StartsWith("Could not connect: ", result.Message);
        Assert.Contains("refused", result.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TestYouTube_KeyValidAndChatLive_SucceedsAndStatesTheQuotaCost()
    {
        await using var server = await YouTubeApiServer.StartAsync(TimeProvider.System);
        server.AnswerVideos(Video("dQw4w9WgXcQ", activeLiveChatId: ChatId));
        server.AnswerMessages(Page("t1", 1_000));

        // The running source spent 20 units today already; Google counts the test against the same key.
        Assert.True(_quota.TrySpend(20, 10_000));

        var result = await _tester.TestYouTubeAsync(Options(server), CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(
            "The API key works and the live chat was found. This test cost 6 quota units; 26 of the 10000 a day are spent so far today.",
            result.Message);
        Assert.Equal(26, _quota.SpentToday);
    }

    [Fact]
    public async Task TestYouTube_KeyRefused_FailsSayingWhy()
    {
        await using var server = await YouTubeApiServer.StartAsync(TimeProvider.System);
        server.AnswerVideos(Error(400, "badRequest", "API key not valid. Please pass a valid API key.", "global"), 400);

        var result = await _tester.TestYouTubeAsync(Options(server), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("key", result.Message, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("This test cost 1 quota unit; 1 of the 10000 a day are spent so far today.", result.Message);
    }

    private static YouTubeOptions Options(YouTubeApiServer server) => new()
    {
        Enabled = true, ApiKey = RunningYouTubeClient.ApiKey, VideoId = "dQw4w9WgXcQ", BaseUrl = server.BaseUrl,
    };
}
