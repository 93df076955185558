using Microsoft.Extensions.Options;
using TtsPanel.App.History;
using TtsPanel.App.Storage;
using TtsPanel.App.Tracker;

namespace TtsPanel.App.Tests.Tracker;

public sealed class PerformanceQueriesTests : IDisposable
{
    private static readonly DateTime Noon = new(2026, 11, 24, 12, 0, 0, DateTimeKind.Utc);
    private static readonly EngineConfiguration Fast = EngineConfiguration.Create("f5-tts", "tiny", "CUDA", "fp16", 6, 2, -1);
    private static readonly EngineConfiguration Slow = EngineConfiguration.Create("f5-tts", "tiny", "CUDA", "fp16", 7, 2, -1);
    private readonly string _directory = Directory.CreateTempSubdirectory("ttspanel-perf-").FullName;
    private readonly PanelDatabase _database;
    private readonly HistoryRepository _history;
    private readonly RunRepository _runs;

    public PerformanceQueriesTests()
    {
        _database = new PanelDatabase(Options.Create(new StorageOptions { DataDirectory = _directory }));
        _history = new HistoryRepository(_database);
        _runs = new RunRepository(_database);
    }

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private PerformanceQueries Queries(int cap = 100) =>
        new(_history, _runs, Options.Create(new TrackerOptions { MaxRecordsAggregated = cap, RegressionMargin = 0.1 }));

    private void Add(int minute, EngineConfiguration configuration, double rtf, double nfeMs = 0) =>
        _history.Add(new SynthesisRecord
        {
            Id = Guid.NewGuid(), CreatedAt = Noon.AddMinutes(minute), ConfigurationId = configuration.Id, Rtf = rtf, SynthesisMs = rtf * 1000,
            StageMs = new() { ["nfe"] = nfeMs, ["vocoder"] = 10 },
        }, configuration);

    [Fact]
    public void Report_TwoConfigurations_GivesFiguresPerConfigurationMostRecordsFirst()
    {
        Add(0, Slow, 0.2, 100);
        Add(1, Fast, 0.1, 40);
        Add(2, Fast, 0.3, 60);
        Add(3, Fast, 0.2, 80);

        var report = Queries().Report(RecordFilter.All);

        Assert.Equal((4, 4, false), (report.TotalCount, report.SampledCount, report.IsSampled));
        Assert.Equal([Fast.Id, Slow.Id], report.Configurations.Select(c => c.ConfigurationId));
        var fast = report.Configurations[0];
        Assert.Equal(Fast.Label, fast.Label);
        Assert.Equal((3, 0.2, 0.1), (fast.Rtf.Count, fast.Rtf.Median, fast.Rtf.Best));
        Assert.Equal([new KeyValuePair<string, double>("nfe", 60), new KeyValuePair<string, double>("vocoder", 10)], fast.MeanStageMs);
        Assert.Equal(200, fast.MedianSynthesisMs, precision: 9);
    }

    [Fact]
    public void Report_MoreRecordsThanTheCap_ComputesFromTheNewestAndSaysSo()
    {
        for (var minute = 0; minute < 5; minute++)
            Add(minute, Fast, minute);

        var report = Queries(cap: 2).Report(RecordFilter.All);

        Assert.Equal((5, 2, true), (report.TotalCount, report.SampledCount, report.IsSampled));
        Assert.Equal(3.5, report.Configurations[0].Rtf.Median, precision: 12);
    }

    [Fact]
    public void Report_EmptyWindow_IsEmptyWithoutErrors()
    {
        Add(0, Fast, 0.1);

        var report = Queries().Report(new RecordFilter(Since: Noon.AddDays(1)));

        Assert.Equal((0, 0), (report.TotalCount, report.SampledCount));
        Assert.Empty(report.Configurations);
        Assert.Empty(report.Timeline);
    }

    [Fact]
    public void Report_Timeline_BucketsMedianRtfOldestFirst()
    {
        Add(0, Fast, 0.1);
        Add(0, Fast, 0.3);
        Add(240, Fast, 0.5);

        var timeline = Queries().Report(RecordFilter.All).Timeline;

        Assert.Equal([new RtfPoint(Noon, 0.2, 2), new RtfPoint(Noon.AddMinutes(230), 0.5, 1)], timeline);
    }

    [Fact]
    public void Report_LatestRunSlowerThanThePreviousOfItsConfiguration_FlagsARegression()
    {
        _runs.Save(new BenchmarkRun { Id = Guid.NewGuid(), ConfigurationId = Fast.Id, StartedAt = Noon, State = BenchmarkRunState.Completed, MedianRtf = 0.10, RecordCount = 4 });
        _runs.Save(new BenchmarkRun { Id = Guid.NewGuid(), ConfigurationId = Fast.Id, StartedAt = Noon.AddHours(1), State = BenchmarkRunState.Completed, MedianRtf = 0.13, RecordCount = 4 });

        var regression = Queries().Report(RecordFilter.All).Regression!;

        Assert.True(regression.IsRegression);
        Assert.Equal((0.13, 0.10, 0.1), (regression.Latest.MedianRtf, regression.Previous.MedianRtf, regression.Margin));
        Assert.Equal(0.3, regression.Change, precision: 9);
    }
}
