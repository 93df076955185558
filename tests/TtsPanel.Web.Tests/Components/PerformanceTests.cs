using Bunit;
using TtsPanel.App.History;
using TtsPanel.App.Tracker;
using TtsPanel.Web.Components.Pages;

namespace TtsPanel.Web.Tests.Components;

public class PerformanceTests : PanelComponentContext
{
    private static readonly EngineConfiguration Nfe7 = EngineConfiguration.Create("f5-tts", "tiny", "CUDA", "fp16", 7, 2, -1);
    private static readonly EngineConfiguration Nfe6 = EngineConfiguration.Create("f5-tts", "tiny", "CUDA", "fp16", 6, 2, -1);

    private void Add(EngineConfiguration configuration, double rtf, double minutesAgo = 1) =>
        History.Add(new SynthesisRecord
        {
            Id = Guid.NewGuid(), CreatedAt = DateTime.UtcNow.AddMinutes(-minutesAgo), Text = $"rtf {rtf}", VoiceId = "f5-tts:me", Engine = "f5-tts",
            ConfigurationId = configuration.Id, Rtf = rtf, StageMs = new() { ["nfe"] = 100 * rtf, ["vocoder"] = 5 },
        }, configuration);

    private void AddRun(string name, EngineConfiguration configuration, double medianRtf, int hoursAgo) =>
        Runs.Save(new BenchmarkRun
        {
            Id = Guid.NewGuid(), Name = name, SetName = "standard", Repetitions = 3, PlannedCount = 39, RecordCount = 39, ConfigurationId = configuration.Id,
            StartedAt = DateTime.UtcNow.AddHours(-hoursAgo), State = BenchmarkRunState.Completed, MedianRtf = medianRtf,
        });

    [Fact]
    public void Render_NoRecords_SaysSoAndShowsNoRegressionFlag()
    {
        var page = Render<Performance>();

        Assert.Equal("No synthesis in this time window and filter.", page.Find("[data-testid=performance-empty]").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid=regression-flag]"));
        Assert.Empty(page.FindAll("[data-testid=configuration-row]"));
    }

    [Fact]
    public void Render_RecordsOfTwoConfigurations_ShowsFiguresChartsAndTheCsvLink()
    {
        Add(Nfe7, 0.20);
        Add(Nfe7, 0.40);
        Add(Nfe7, 0.30);
        Add(Nfe6, 0.10);

        var page = Render<Performance>();

        var rows = page.FindAll("[data-testid=configuration-row]");
        Assert.Equal(2, rows.Count);
        Assert.Contains(Nfe7.Id, rows[0].TextContent);
        Assert.Equal(["0.300", "0.100"], page.FindAll("[data-testid=configuration-median]").Select(c => c.TextContent.Trim()));
        Assert.NotEmpty(page.Find("[data-testid=rtf-timeline]").QuerySelectorAll("svg"));
        Assert.NotEmpty(page.Find("[data-testid=stage-breakdown]").QuerySelectorAll("svg"));
        Assert.Equal(4, page.FindAll("[data-testid=record-rtf]").Count);
        Assert.StartsWith("/api/records.csv?since=", page.Find("[data-testid=performance-csv]").GetAttribute("href"));
        Assert.StartsWith("/api/ratings.csv?since=", page.Find("[data-testid=performance-ratings-csv]").GetAttribute("href"));
    }

    [Fact]
    public void Render_LatestRunSlowerThanThePrevious_FlagsTheRegressionWithItsNumbers()
    {
        AddRun("before", Nfe7, 0.10, hoursAgo: 2);
        AddRun("after", Nfe7, 0.13, hoursAgo: 1);

        var flag = Render<Performance>().Find("[data-testid=regression-flag]");

        Assert.Contains("mud-alert-filled-error", flag.OuterHtml.Replace("mud-alert-text-error", "mud-alert-filled-error"));
        Assert.Equal(
            $"Regression: the latest run “after” has median RTF 0.130 against 0.100 for “before”, the previous run of configuration {Nfe7.Id} (+30.0 %; allowed +10.0 %).",
            System.Text.RegularExpressions.Regex.Replace(flag.TextContent, @"\s+", " ").Trim());
    }

    [Fact]
    public async Task RunButton_StandardSetOnce_ShowsProgressThenTheCompletedRunAndItsRecords()
    {
        using var stop = new CancellationTokenSource();
        var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Benchmarks.Changed += () =>
        {
            if (Benchmarks.Current?.Run.State == BenchmarkRunState.Completed)
                finished.TrySetResult();
        };
        var worker = Benchmarks.RunAsync(stop.Token);
        var page = Render<Performance>();
        page.Find("input[data-testid=benchmark-name]").Change("from test");
        page.Find("input[data-testid=benchmark-repetitions]").Change("1");

        page.Find("[data-testid=benchmark-start]").Click();
        // Waiting off the renderer first: on a busy machine the dispatcher may not get to check a condition often.
        await finished.Task.WaitAsync(TimeSpan.FromSeconds(60));

        var run = Assert.Single(Runs.Newest(10));
        Assert.Equal(("standard", 1, 12), (run.SetName, run.Repetitions, run.RecordCount));
        page.WaitForAssertion(() => Assert.Equal("completed", page.Find("[data-testid=benchmark-state]").TextContent.Trim()), TimeSpan.FromSeconds(30));
        page.WaitForAssertion(() => Assert.Equal("from test", page.Find("[data-testid=run-name]").TextContent.Trim()), TimeSpan.FromSeconds(30));
        page.WaitForAssertion(() => Assert.Equal(12, page.FindAll("[data-testid=record-rtf]").Count), TimeSpan.FromSeconds(30));
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => worker);
    }
}
