using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TtsPanel.App.Queue;
using TtsPanel.App.Storage;
using TtsPanel.Testing;
using Xunit.Abstractions;

namespace TtsPanel.Web.Tests.Integration;

/// <summary>
/// The panel killed with SIGKILL while webhook messages pour in and espeak-ng speaks them to a real overlay, started
/// again on the same data folder, several times; then drained. Every message the webhook acknowledged must be played
/// or finished, none twice, in order within its lane. A control run shows the check can see a loss.
/// </summary>
public class WebhookCrashTests(ITestOutputHelper output)
{
    private const string Token = "crash-test-token-0123456789";
    private const int Kills = 3;
    // Sent faster than espeak-ng speaks them, so each run leaves a backlog that the next inherits; the drain at the end
    // speaks all of it, and on a slow 2-core machine 750 messages took longer than a minute.
    private const int MaxMessagesPerRun = 150;
    // The drain fails when no item finishes for this long, or when it takes longer than the cap in all.
    private static readonly TimeSpan DrainStallTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromMinutes(4);
    private static readonly TimeSpan BacklogTimeout = TimeSpan.FromSeconds(10);

    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Webhook:Enabled"] = "true",
        ["Webhook:Token"] = Token,
        ["Webhook:RateLimitMessages"] = "10000",
        ["Webhook:RateLimitWindowSeconds"] = "1",
        ["Queue:MaxItems"] = "2000",
    };

    [Fact]
    public async Task Kill_WhileFedAndSpeaking_LosesNoAcknowledgedMessageAndSpeaksNoneTwice()
    {
        var (verdict, _) = await CrashAndDrainAsync(Kills, loseDatabase: false);

        Assert.True(verdict.Acknowledged > 0, "Nothing was acknowledged, so nothing was tested.");
        Assert.True(verdict.Lost.Count == 0 && verdict.Twice.Count == 0 && verdict.OutOfOrder.Count == 0, verdict.ToString());
    }

    /// <summary>
    /// The same run, but the database is deleted while the panel is down: the panel then comes back as one whose queue
    /// only lived in memory would. The check must report the acknowledged messages that were not yet spoken as lost,
    /// or it could not detect a loss at all.
    /// </summary>
    [Fact]
    public async Task Kill_WithQueueNotKept_IsCaughtAsLoss()
    {
        var (verdict, unspokenAtKill) = await CrashAndDrainAsync(kills: 1, loseDatabase: true);

        Assert.True(unspokenAtKill > 0, "No acknowledged message was waiting when the panel was killed.");
        Assert.NotEmpty(verdict.Lost);
    }

    private async Task<(DeliveryVerdict Verdict, int UnspokenAtLastKill)> CrashAndDrainAsync(int kills, bool loseDatabase)
    {
        var seed = Random.Shared.Next();
        output.WriteLine($"seed {seed}");
        var random = new Random(seed);
        var ledger = new DeliveryLedger();
        var feeder = new WebhookFeeder(ledger, Token, random);
        var unspokenAtKill = 0;

        var panel = await PanelProcess.StartAsync(Settings);
        try
        {
            for (var run = 0; run < kills; run++)
            {
                await using (await AckingOverlay.ConnectAsync(panel, ledger))
                {
                    await feeder.RetryAsync(panel.BaseAddress);
                    var feeding = feeder.FeedAsync(panel.BaseAddress, MaxMessagesPerRun);
                    await Task.Delay(TimeSpan.FromMilliseconds(random.Next(1_000, 4_000)));
                    await WaitForBacklogAsync(ledger);
                    unspokenAtKill = ledger.Unspoken;
                    await panel.KillAsync();
                    await feeding;
                }

                output.WriteLine($"run {run}: killed with {ledger.SentCount} sent, {unspokenAtKill} acknowledged and not yet spoken");
                if (loseDatabase)
                    DeleteDatabase(panel);
                var previous = panel;
                panel = await panel.RestartAsync();
                await previous.DisposeAsync();
                // A killed panel leaves its database open; the next start rewrites it before using it.
                if (!loseDatabase)
                    Assert.Contains("was not closed cleanly", panel.Output);
            }

            await using (await AckingOverlay.ConnectAsync(panel, ledger))
            {
                await feeder.RetryAsync(panel.BaseAddress);
                await WaitForDrainAsync(panel.BaseAddress);
            }

            await panel.StopAsync();
            var verdict = Judge(panel, ledger);
            output.WriteLine(verdict.ToString());
            return (verdict, unspokenAtKill);
        }
        finally
        {
            await panel.DisposeAsync();
        }
    }

    /// <summary>Waits (bounded) until some acknowledged message is still owed, so the kill has something to lose.</summary>
    private static async Task WaitForBacklogAsync(DeliveryLedger ledger)
    {
        using var timeout = new CancellationTokenSource(BacklogTimeout);
        while (ledger.Unspoken == 0 && !timeout.IsCancellationRequested)
            await Task.Delay(10, CancellationToken.None);
    }

    /// <summary>
    /// Polls the live queue until nothing in it is unfinished. Fails when the count of unfinished items stops falling for
    /// <see cref="DrainStallTimeout"/>, or after <see cref="DrainTimeout"/> in all.
    /// </summary>
    private async Task WaitForDrainAsync(Uri panel)
    {
        using var http = new HttpClient { BaseAddress = panel };
        string[] finished = ["done", "failed", "skipped", "removed", "rejected"];
        var started = TimeProvider.System.GetTimestamp();
        var fewestUnfinished = int.MaxValue;
        var lastProgress = started;
        while (true)
        {
            var queue = await http.GetFromJsonAsync<JsonElement>("/api/queue");
            var unfinished = queue.EnumerateArray().Count(i => !finished.Contains(i.GetProperty("state").GetString()));
            if (unfinished == 0)
            {
                output.WriteLine($"drained in {TimeProvider.System.GetElapsedTime(started).TotalSeconds:F1} s");
                return;
            }

            if (unfinished < fewestUnfinished)
            {
                fewestUnfinished = unfinished;
                lastProgress = TimeProvider.System.GetTimestamp();
            }
            else if (TimeProvider.System.GetElapsedTime(lastProgress) > DrainStallTimeout)
            {
                Assert.Fail($"The queue stopped draining: {unfinished} items unfinished, none finished for {DrainStallTimeout.TotalSeconds} s.");
            }

            Assert.True(TimeProvider.System.GetElapsedTime(started) < DrainTimeout,
                $"The queue did not drain in {DrainTimeout.TotalMinutes} minutes: {unfinished} items unfinished.");

            await Task.Delay(100);
        }
    }

    private static DeliveryVerdict Judge(PanelProcess panel, DeliveryLedger ledger)
    {
        using var database = new PanelDatabase(Options.Create(new StorageOptions { DataDirectory = panel.DataDirectory }));
        var store = new QueueStore(database, NullLogger<QueueStore>.Instance);
        Assert.Empty(store.LoadUnfinished());
        return ledger.Judge(store);
    }

    private static void DeleteDatabase(PanelProcess panel)
    {
        File.Delete(panel.DatabasePath);
        File.Delete(Path.Combine(panel.DataDirectory, "ttspanel-log.db"));
    }
}
