using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Time.Testing;
using TtsPanel.App.Chat;
using TtsPanel.App.Tests.Fakes;
using static TtsPanel.App.Tests.Fakes.YouTubeResponses;

namespace TtsPanel.App.Tests.Chat.YouTube;

/// <summary>The client meeting the API's errors, bad answers, an unreachable server and its own quota budget.</summary>
public sealed class YouTubeChatClientErrorTests : IAsyncLifetime
{
    // 12:00 Pacific standard time: the quota resets in 12 hours, at 2026-11-25 08:00 UTC.
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 20, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Start);
    private YouTubeApiServer _server = null!;

    public async Task InitializeAsync() => _server = await YouTubeApiServer.StartAsync(_time);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData(403, "quotaExceeded", "Stopped: the YouTube API quota of this key's Google Cloud project is used up for today; it resets at midnight Pacific time")]
    [InlineData(403, "forbidden", "Stopped: YouTube refused access to this live chat (403 forbidden)")]
    [InlineData(403, "liveChatDisabled", "Stopped: the live chat is disabled for this stream")]
    [InlineData(404, "liveChatNotFound", "Stopped: YouTube found no such live chat (check Chat:YouTube:VideoId or Chat:YouTube:LiveChatId)")]
    [InlineData(403, "accessNotConfigured", "Stopped: the YouTube Data API v3 is not enabled for this key's Google Cloud project")]
    public async Task RunAsync_RefusedForGood_StopsWithTheReason(int status, string reason, string expected)
    {
        _server.AnswerMessages(Error(status, reason, "The request cannot be completed."), status);
        await using var client = RunningYouTubeClient.Start(RunningYouTubeClient.Options(_server), _time);

        await client.EndedAsync();

        Assert.Equal(new ChatSourceStatus(ChatSourceState.Failed, expected), client.Client.Status);
        Assert.True(client.Client.Events.Completion.IsCompleted);
        Assert.Single(_server.Requests);
    }

    [Theory]
    [InlineData(401, "authError")]
    [InlineData(400, "keyInvalid")]
    public async Task RunAsync_KeyRefused_StopsWithoutShowingOrLoggingTheKey(int status, string reason)
    {
        _server.AnswerMessages(Error(status, reason, $"API key not valid ({RunningYouTubeClient.ApiKey}). Please pass a valid API key.", "global"), status);
        await using var client = RunningYouTubeClient.Start(RunningYouTubeClient.Options(_server), _time);

        await client.EndedAsync();

        Assert.Equal(new ChatSourceStatus(ChatSourceState.Failed, "Stopped: YouTube refused the API key (Chat:YouTube:ApiKey)"), client.Client.Status);
        Assert.Contains(client.Logger.Entries, e => e.Message.Contains("Please pass a valid API key", StringComparison.Ordinal));
        Assert.DoesNotContain(client.Logger.Entries, e => e.Message.Contains(RunningYouTubeClient.ApiKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_LiveChatEndedError_StopsAsEnded()
    {
        _server.AnswerMessages(Error(403, "liveChatEnded", "The live chat is no longer live."), 403);
        await using var client = RunningYouTubeClient.Start(RunningYouTubeClient.Options(_server), _time);

        await client.EndedAsync();

        Assert.Equal(new ChatSourceStatus(ChatSourceState.Stopped, "Stopped: the live chat ended"), client.Client.Status);
    }

    [Theory]
    [InlineData(503, "backendError", "YouTube answered 503")]
    [InlineData(403, "rateLimitExceeded", "YouTube asked to slow down (rateLimitExceeded)")]
    public async Task RunAsync_ServerBusy_RetriesTheSamePageAfterADelay(int status, string reason, string sentence)
    {
        _server.AnswerMessages(Page("t1", 1_000));
        _server.AnswerMessages(Error(status, reason, "Try again later."), status);
        _server.AnswerMessages(Page("t2", 1_000, Text("m-1", "UCa", "Ann", "made it")));
        await using var client = RunningYouTubeClient.Start(RunningYouTubeClient.Options(_server), _time);
        await client.WaitForNextPollAtAsync(Start.AddSeconds(1));
        _time.Advance(TimeSpan.FromSeconds(1));

        var retrying = await client.WaitForStatusAsync(ChatSourceState.Reconnecting);
        Assert.EndsWith($"({sentence})", retrying.Message, StringComparison.Ordinal);
        Assert.StartsWith("Retrying in ", retrying.Message, StringComparison.Ordinal);
        _time.Advance(retrying.RetryAt!.Value - _time.GetUtcNow());

        Assert.Equal("made it", Assert.IsType<ChatMessage>(await client.NextEventAsync()).Text);
        Assert.Equal(["t1", "t1"], _server.Requests.Skip(1).Select(r => r.Param("pageToken")));
        Assert.Equal(ChatSourceState.Connected, client.Client.Status.State);
    }

    [Theory]
    [InlineData("{\"items\": [ {\"id\": \"m-1\", ")]
    [InlineData("{\"kind\": \"youtube#liveChatMessageListResponse\", \"items\": 5}")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"items\": [], \"nextPageToken\": 7}")]
    public async Task RunAsync_MalformedAnswer_IsCountedAndThePollRetried(string body)
    {
        _server.AnswerMessages(Page("t1", 1_000));
        _server.AnswerMessages(body);
        _server.AnswerMessages(Page("t2", 1_000, Text("m-1", "UCa", "Ann", "after the bad page")));
        await using var client = RunningYouTubeClient.Start(RunningYouTubeClient.Options(_server), _time);
        await client.WaitForNextPollAtAsync(Start.AddSeconds(1));
        _time.Advance(TimeSpan.FromSeconds(1));

        var retrying = await client.WaitForStatusAsync(ChatSourceState.Reconnecting);
        _time.Advance(retrying.RetryAt!.Value - _time.GetUtcNow());

        Assert.Equal("after the bad page", Assert.IsType<ChatMessage>(await client.NextEventAsync()).Text);
        Assert.Equal(1, client.Client.Losses.Malformed);
        Assert.EndsWith("(YouTube's answer was not the expected JSON)", retrying.Message, StringComparison.Ordinal);
        Assert.Contains(client.Logger.Entries, e => e.Message.StartsWith("YouTube chat skipped a malformed answer", StringComparison.Ordinal));
        Assert.Equal("t1", _server.Requests[2].Param("pageToken"));
    }

    [Fact]
    public async Task RunAsync_NothingListening_RetriesWithGrowingJitteredDelays()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var options = RunningYouTubeClient.Options(_server);
        options.BaseUrl = $"http://127.0.0.1:{port}/youtube/v3/";
        (options.RetryMinDelayMs, options.RetryMaxDelayMs) = (1_000, 8_000);
        await using var client = RunningYouTubeClient.Start(options, _time);

        var delays = new List<TimeSpan>();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var retrying = await client.WaitForStatusAsync(ChatSourceState.Reconnecting, attempt);
            delays.Add(retrying.RetryAt!.Value - _time.GetUtcNow());
            _time.Advance(delays[^1]);
        }

        // Nominal 1, 2, 4, 8 s, each drawn from its upper half.
        Assert.All(delays.Zip([1, 2, 4, 8]), d => Assert.InRange(d.First.TotalSeconds, d.Second / 2.0, d.Second));
        Assert.Equal(ChatSourceState.Reconnecting, client.Client.Status.State);
        Assert.Contains("refused", client.Client.Status.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RunAsync_BudgetBelowAFullDayOfPolls_StretchesTheIntervalSoItLasts()
    {
        _server.AnswerMessages(Page("t1", 5_000));
        var options = RunningYouTubeClient.Options(_server);
        (options.QuotaUnitsPerDay, options.QuotaSpreadHours) = (1_000, 1);
        await using var client = RunningYouTubeClient.Start(options, _time);

        // 995 units left after the first poll: 199 polls spread over one hour.
        await client.WaitForNextPollAtAsync(Start + TimeSpan.FromHours(1) / 199);

        Assert.Equal($"Reading live chat {ChatId}; polling every 18 s so the daily quota lasts", client.Client.Status.Message);
        Assert.Equal(5, client.Client.Quota.SpentToday);
    }

    [Fact]
    public async Task RunAsync_BudgetSpent_StopsNamingTheSettingAndTheReset()
    {
        _server.AnswerMessages(Page("t1", 5_000));
        _server.AnswerMessages(Page("t2", 5_000, Text("m-1", "UCa", "Ann", "last one in budget")));
        var options = RunningYouTubeClient.Options(_server);
        options.QuotaUnitsPerDay = 10;
        await using var client = RunningYouTubeClient.Start(options, _time);

        // One poll of 5 units left after the first: it is spread over the default 6 hours.
        await client.WaitForNextPollAtAsync(Start.AddHours(6));
        _time.Advance(TimeSpan.FromHours(6));
        await client.WaitForNextPollAtAsync(Start.AddHours(6).AddSeconds(5));
        _time.Advance(TimeSpan.FromSeconds(5));
        await client.EndedAsync();

        Assert.Equal(
            new ChatSourceStatus(ChatSourceState.Failed,
                "Stopped: the daily quota budget of 10 units (Chat:YouTube:QuotaUnitsPerDay) is spent; it resets at midnight Pacific time (2026-11-25 08:00 UTC)"),
            client.Client.Status);
        Assert.Equal("last one in budget", Assert.IsType<ChatMessage>(await client.NextEventAsync()).Text);
        Assert.Equal(2, _server.Requests.Count);
    }
}
