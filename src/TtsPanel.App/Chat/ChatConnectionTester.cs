using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TtsPanel.App.Chat.Twitch;
using TtsPanel.App.Chat.YouTube;

namespace TtsPanel.App.Chat;

/// <summary>
/// The Settings page's "Test" buttons: runs a real client with the entered settings until it connects, is refused or
/// runs out of time, then stops it. Nothing it reads is published: the client's events are never read. A YouTube test
/// spends from the panel's <paramref name="youTubeQuota"/>, as Google counts it against the same key.
/// </summary>
public sealed class ChatConnectionTester(TimeProvider time, ILoggerFactory loggers, YouTubeQuotaLedger youTubeQuota)
{
    /// <summary>Longest a test waits for the source to connect or fail, in seconds.</summary>
    public const int TimeoutSeconds = 20;

    /// <summary>Logs in with <paramref name="options"/> and joins its first channel, then says QUIT.</summary>
    public async Task<ConnectionTestResult> TestTwitchAsync(TwitchOptions options, CancellationToken cancellationToken)
    {
        // One channel is enough to prove the login and the join; the others are joined the same way. A copy keeps the
        // caller's settings as they were.
        var probe = JsonSerializer.Deserialize<TwitchOptions>(JsonSerializer.Serialize(options))!;
        probe.Channels = [options.Channels[0]];
        var client = new TwitchChatClient(Options.Create(probe), time, loggers.CreateLogger<TwitchChatClient>());
        var (connected, status) = await ProbeAsync(client, cancellationToken);
        return connected
            ? new ConnectionTestResult(true, $"Logged in as {client.Nick} and joined {TwitchOptions.NormaliseChannel(probe.Channels[0])}.")
            : new ConnectionTestResult(false, status);
    }

    /// <summary>Finds the live chat with <paramref name="options"/> and reads it once; says what that cost in quota.</summary>
    public async Task<ConnectionTestResult> TestYouTubeAsync(YouTubeOptions options, CancellationToken cancellationToken)
    {
        var client = new YouTubeChatClient(Options.Create(options), time, loggers.CreateLogger<YouTubeChatClient>(), quota: youTubeQuota);
        var (connected, status) = await ProbeAsync(client, cancellationToken);
        var quota = client.Quota;
        var units = quota.SpentHere == 1 ? "1 quota unit" : $"{quota.SpentHere} quota units";
        var cost = $"This test cost {units}; {quota.SpentToday} of the {quota.UnitsPerDay} a day are spent so far today.";
        return connected
            ? new ConnectionTestResult(true, $"The API key works and the live chat was found. {cost}")
            : new ConnectionTestResult(false, $"{status} {cost}");
    }

    /// <summary>Runs <paramref name="client"/> until its first connected, failed or retrying state, or the time limit.</summary>
    private async Task<(bool Connected, string Status)> ProbeAsync(IChatSource client, CancellationToken cancellationToken)
    {
        var outcome = new TaskCompletionSource<ChatSourceStatus>(TaskCreationOptions.RunContinuationsAsynchronously);
        client.StatusChanged += status =>
        {
            if (status.State is ChatSourceState.Connected or ChatSourceState.Failed or ChatSourceState.Reconnecting)
                outcome.TrySetResult(status);
        };
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var running = client.RunAsync(stop.Token);
        var first = await Task.WhenAny(outcome.Task, running, Task.Delay(TimeSpan.FromSeconds(TimeoutSeconds), time, cancellationToken));
        await stop.CancelAsync();
        await running;
        cancellationToken.ThrowIfCancellationRequested();
        if (first != outcome.Task)
            return (false, first == running ? client.Status.Message : $"No answer within {TimeoutSeconds} s.");
        var status = await outcome.Task;
        return status.State switch
        {
            ChatSourceState.Connected => (true, status.Message),
            // A retrying client says "Reconnecting in 2 s (reason)": for a one-off test only the reason matters.
            ChatSourceState.Reconnecting => (false, $"Could not connect: {Reason(status.Message)}."),
            _ => (false, status.Message),
        };
    }

    private static string Reason(string message)
    {
        var open = message.IndexOf('(');
        return open >= 0 && message.EndsWith(')') ? message[(open + 1)..^1] : message;
    }
}
