using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TtsPanel.App.Chat;
using TtsPanel.App.Chat.Twitch;

namespace TtsPanel.App.Tests.Fakes;

/// <summary>A <see cref="TwitchChatClient"/> running in the background, with every status it went through recorded.</summary>
internal sealed class RunningChatClient : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private readonly List<ChatSourceStatus> _statuses = [];

    private RunningChatClient(TwitchOptions options, TimeProvider time)
    {
        Client = new TwitchChatClient(Options.Create(options), time, NullLogger<TwitchChatClient>.Instance);
        Client.StatusChanged += status =>
        {
            lock (_gate)
                _statuses.Add(status);
        };
        Run = Client.RunAsync(_stop.Token);
    }

    public TwitchChatClient Client { get; }

    public Task Run { get; }

    public IReadOnlyList<ChatSourceStatus> Statuses
    {
        get
        {
            lock (_gate)
                return _statuses.ToList();
        }
    }

    /// <summary>Options for a plain-text loopback server, with short reconnect delays.</summary>
    public static TwitchOptions LoopbackOptions(int port, params string[] channels) => new()
    {
        Host = "127.0.0.1", Port = port, UseTls = false, Channels = [.. channels], ReconnectMinDelayMs = 50, ReconnectMaxDelayMs = 400,
    };

    public static RunningChatClient Start(TwitchOptions options, TimeProvider? time = null) => new(options, time ?? TimeProvider.System);

    /// <summary>The next chat event (at most 10 s).</summary>
    public async Task<ChatEvent> NextEventAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await Client.Events.ReadAsync(timeout.Token);
    }

    /// <summary>Waits (at most 10 s) for a status in <paramref name="state"/> recorded at or after index <paramref name="from"/>; returns the index after it.</summary>
    public async Task<int> WaitForStatusAsync(ChatSourceState state, int from = 0)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var statuses = Statuses;
            var index = statuses.Skip(from).ToList().FindIndex(s => s.State == state);
            if (index >= 0)
                return from + index + 1;
            await Task.Delay(10, timeout.Token);
        }
    }

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
