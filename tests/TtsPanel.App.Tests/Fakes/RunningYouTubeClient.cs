using Microsoft.Extensions.Time.Testing;
using TtsPanel.App.Chat;
using TtsPanel.App.Chat.YouTube;

namespace TtsPanel.App.Tests.Fakes;

/// <summary>A <see cref="YouTubeChatClient"/> running in the background on a fake clock, with every status it went through recorded.</summary>
internal sealed class RunningYouTubeClient : IAsyncDisposable
{
    public const string ApiKey = "AIzaSyTestKey-0123456789abcdefghijklmn";

    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private readonly List<ChatSourceStatus> _statuses = [];

    private RunningYouTubeClient(YouTubeOptions options, FakeTimeProvider time, ListLogger<YouTubeChatClient> logger)
    {
        Logger = logger;
        Client = new YouTubeChatClient(Microsoft.Extensions.Options.Options.Create(options), time, logger);
        Client.StatusChanged += status =>
        {
            lock (_gate)
                _statuses.Add(status);
        };
        Run = Client.RunAsync(_stop.Token);
    }

    public YouTubeChatClient Client { get; }

    public ListLogger<YouTubeChatClient> Logger { get; }

    public Task Run { get; }

    public IReadOnlyList<ChatSourceStatus> Statuses
    {
        get
        {
            lock (_gate)
                return _statuses.ToList();
        }
    }

    /// <summary>Options reading <see cref="YouTubeResponses.ChatId"/> from <paramref name="server"/>, with a budget too large to stretch any poll and 1 s retries.</summary>
    public static YouTubeOptions Options(YouTubeApiServer server) => new()
    {
        Enabled = true, ApiKey = ApiKey, LiveChatId = YouTubeResponses.ChatId, BaseUrl = server.BaseUrl, QuotaUnitsPerDay = 10_000_000,
        RetryMinDelayMs = 1_000, RetryMaxDelayMs = 1_000,
    };

    public static RunningYouTubeClient Start(YouTubeOptions options, FakeTimeProvider time) => new(options, time, new ListLogger<YouTubeChatClient>());

    /// <summary>The next chat event (at most 10 s).</summary>
    public async Task<ChatEvent> NextEventAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await Client.Events.ReadAsync(timeout.Token);
    }

    /// <summary>Waits (at most 10 s) until the client waits for a poll due at <paramref name="due"/>; fails naming the time it chose instead.</summary>
    public async Task WaitForNextPollAtAsync(DateTimeOffset due)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            while (Client.NextPollAt != due)
                await Task.Delay(10, timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"Expected the next poll at {due:O}, the client chose {Client.NextPollAt:O} (status: {Client.Status.Message}).");
        }
    }

    /// <summary>Waits (at most 10 s) for the <paramref name="occurrence"/>th status in <paramref name="state"/> (1 = the first); returns it.</summary>
    public async Task<ChatSourceStatus> WaitForStatusAsync(ChatSourceState state, int occurrence = 1)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            while (true)
            {
                if (Statuses.Where(s => s.State == state).ElementAtOrDefault(occurrence - 1) is { } status)
                    return status;
                await Task.Delay(10, timeout.Token);
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"Expected {state} status number {occurrence}; the last status was '{Client.Status.Message}'.");
            throw;
        }
    }

    /// <summary>Waits (at most 10 s) for the run to end on its own.</summary>
    public Task EndedAsync() => Run.WaitAsync(TimeSpan.FromSeconds(10));

    /// <summary>Cancels the run and waits (at most 10 s) for it to finish.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Run.WaitAsync(TimeSpan.FromSeconds(10));
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
    }
}
