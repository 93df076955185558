using Microsoft.Extensions.Options;
using TtsPanel.App.Storage;
using TtsPanel.App.Tracker;

namespace TtsPanel.App.Tests.Tracker;

public sealed class RunRepositoryTests : IDisposable
{
    private static readonly DateTime Noon = new(2026, 11, 24, 12, 0, 0, DateTimeKind.Utc);
    private readonly string _directory = Directory.CreateTempSubdirectory("ttspanel-runs-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private PanelDatabase Open() => new(Options.Create(new StorageOptions { DataDirectory = _directory }));

    private static BenchmarkRun Run(string name, int minute, string configuration, BenchmarkRunState state = BenchmarkRunState.Completed) => new()
    {
        Id = Guid.NewGuid(), Name = name, StartedAt = Noon.AddMinutes(minute), ConfigurationId = configuration, State = state, MedianRtf = 0.1,
    };

    [Fact]
    public void Save_ThenReopen_FindsTheRunWithItsFigures()
    {
        var run = Run("first", 0, "aaa");
        run.FinishedAt = Noon.AddMinutes(1);
        using (var database = Open())
            new RunRepository(database).Save(run);

        using var reopened = Open();
        var stored = new RunRepository(reopened).Find(run.Id)!;
        Assert.Equal(("first", Noon, Noon.AddMinutes(1), 0.1, BenchmarkRunState.Completed),
            (stored.Name, stored.StartedAt, stored.FinishedAt, stored.MedianRtf, stored.State));
    }

    [Fact]
    public void PreviousOfSameConfiguration_SkipsOtherConfigurationsAndUnfinishedRuns()
    {
        using var database = Open();
        var runs = new RunRepository(database);
        var older = Run("older", 0, "aaa");
        runs.Save(older);
        runs.Save(Run("other configuration", 1, "bbb"));
        runs.Save(Run("failed", 2, "aaa", BenchmarkRunState.Failed));
        var latest = Run("latest", 3, "aaa");
        runs.Save(latest);

        Assert.Equal("latest", runs.LatestCompleted()!.Name);
        Assert.Equal(older.Id, runs.PreviousOfSameConfiguration(latest)!.Id);
        Assert.Null(runs.PreviousOfSameConfiguration(older));
        Assert.Equal(["latest", "failed", "other configuration", "older"], runs.Newest(10).Select(r => r.Name));
    }

    [Fact]
    public void Find_UnknownId_ReturnsNull()
    {
        using var database = Open();
        Assert.Null(new RunRepository(database).Find(Guid.NewGuid()));
    }
}
