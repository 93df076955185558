using TtsPanel.App.History;
using TtsPanel.App.Tests.Fakes;
using TtsPanel.App.Tracker;

namespace TtsPanel.App.Tests.Tracker;

public sealed class BenchmarkRunnerTests : IDisposable
{
    private static readonly EngineConfiguration Configuration = EngineConfiguration.Create("tone", "tone", "CPU", "fp32");
    private readonly PanelFixture _panel = new();

    // Each record gets its own time, so a run's records sort in the order they were made.
    public BenchmarkRunnerTests() => _panel.Time.AutoAdvanceAmount = TimeSpan.FromMilliseconds(1);

    public void Dispose() => _panel.Dispose();

    private BenchmarkPlan Plan(params string[] texts) => new("nightly", new BenchmarkSet("demo", texts.Select(t => new BenchmarkText("short", t)).ToList()),
        Repetitions: 2, Warmup: 1, _panel.Engine, ToneEngine.Voice, Configuration, "bench");

    [Fact]
    public async Task RunAsync_TwoTextsTwice_StoresACompletedRunWithFourTaggedRecords()
    {
        var runs = new RunRepository(_panel.Database);
        var progress = new List<int>();

        var run = await new BenchmarkRunner(_panel.History, runs, _panel.Time).RunAsync(Plan("ab", "abcd"), p => progress.Add(p.Done), CancellationToken.None);

        Assert.Equal(BenchmarkRunState.Completed, run.State);
        var stored = runs.Find(run.Id)!;
        Assert.Equal(("nightly", "demo", 2, 4, 4, Configuration.Id, "bench"),
            (stored.Name, stored.SetName, stored.Repetitions, stored.PlannedCount, stored.RecordCount, stored.ConfigurationId, stored.Source));
        var records = _panel.History.ForRun(run.Id);
        Assert.Equal(["ab", "abcd", "ab", "abcd"], records.Select(r => r.Text));
        Assert.All(records, r => Assert.Equal((Configuration.Id, Guid.Empty, 0.0), (r.ConfigurationId, r.QueueItemId, r.QueueWaitMs)));
        Assert.Equal(RtfStatistics.Summarize(records.Select(r => r.Rtf)).Median, stored.MedianRtf, precision: 12);
        Assert.NotNull(_panel.History.FindConfiguration(Configuration.Id));
        // The warm-up synthesis is spoken but not recorded.
        Assert.Equal(5, ((ToneEngine)_panel.Engine).Spoken.Count);
        Assert.Equal([0, 1, 2, 3, 4, 4], progress);
    }

    [Fact]
    public async Task RunAsync_EngineFails_StoresTheRunAsFailedWithTheMessageAndKeepsEarlierRecords()
    {
        var runs = new RunRepository(_panel.Database);

        var run = await new BenchmarkRunner(_panel.History, runs, _panel.Time).RunAsync(Plan("ok", "please fail"), null, CancellationToken.None);

        var stored = runs.Find(run.Id)!;
        Assert.Equal((BenchmarkRunState.Failed, "Tone engine cannot say 'please fail'.", 1), (stored.State, stored.Error, stored.RecordCount));
        Assert.Single(_panel.History.ForRun(run.Id));
    }

    [Fact]
    public async Task RunAsync_Cancelled_StoresTheRunAsCancelled()
    {
        var runs = new RunRepository(_panel.Database);
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        var run = await new BenchmarkRunner(_panel.History, runs, _panel.Time).RunAsync(Plan("ok"), null, cancel.Token);

        Assert.Equal(BenchmarkRunState.Cancelled, runs.Find(run.Id)!.State);
        Assert.NotNull(runs.Find(run.Id)!.FinishedAt);
    }
}
