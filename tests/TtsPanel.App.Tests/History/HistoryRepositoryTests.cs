using LiteDB;
using Microsoft.Extensions.Options;
using TtsPanel.App.History;
using TtsPanel.App.Storage;

namespace TtsPanel.App.Tests.History;

public sealed class HistoryRepositoryTests : IDisposable
{
    private static readonly DateTime Noon = new(2026, 11, 24, 12, 0, 0, DateTimeKind.Utc);
    private readonly string _directory = Directory.CreateTempSubdirectory("ttspanel-history-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private PanelDatabase Open() => new(Options.Create(new StorageOptions { DataDirectory = _directory }));

    private static SynthesisRecord Record(int minutesAfterNoon, double rtf) => new()
    {
        Id = Guid.NewGuid(),
        CreatedAt = Noon.AddMinutes(minutesAfterNoon),
        Text = $"at {minutesAfterNoon}",
        Engine = "tone",
        Rtf = rtf,
    };

    [Fact]
    public void Newest_PagesNewestFirst()
    {
        using var database = Open();
        var history = new HistoryRepository(database);
        foreach (var minute in new[] { 1, 3, 2, 4 })
            history.Add(Record(minute, 0.1));

        Assert.Equal(["at 4", "at 3"], history.Newest(0, 2).Select(r => r.Text));
        Assert.Equal(["at 2", "at 1"], history.Newest(2, 2).Select(r => r.Text));
    }

    [Fact]
    public void CountAndSummarize_OnlyIncludeTheWindow()
    {
        using var database = Open();
        var history = new HistoryRepository(database);
        history.Add(Record(0, 0.9));
        history.Add(Record(10, 0.2));
        history.Add(Record(20, 0.4));

        var since = Noon.AddMinutes(5);

        Assert.Equal(2, history.Count(since));
        // Window holds 0.2 and 0.4: mean and median 0.3, p95 rank 0.95 → 0.2 + 0.95 × 0.2 = 0.39, best 0.2.
        var summary = history.Summarize(since, maxRecords: 100);
        Assert.Equal(2, summary.Count);
        Assert.Equal(0.3, summary.Mean, precision: 12);
        Assert.Equal(0.3, summary.Median, precision: 12);
        Assert.Equal(0.39, summary.P95, precision: 12);
        Assert.Equal(0.2, summary.Best, precision: 12);
        Assert.Equal(3, history.Count());
    }

    [Fact]
    public void Summarize_MoreRecordsThanTheCap_UsesTheNewest()
    {
        using var database = Open();
        var history = new HistoryRepository(database);
        history.Add(Record(0, 0.9));
        history.Add(Record(10, 0.2));
        history.Add(Record(20, 0.4));

        var summary = history.Summarize(since: null, maxRecords: 2);

        // The oldest record (0.9) is left out: the newest two are 0.2 and 0.4.
        Assert.Equal(2, summary.Count);
        Assert.Equal(0.3, summary.Mean, precision: 12);
    }

    [Fact]
    public void Records_SurviveReopeningTheFileWithUtcTimes()
    {
        var record = Record(7, 0.25);
        using (var database = Open())
            new HistoryRepository(database).Add(record);

        using var reopened = Open();
        var stored = Assert.Single(new HistoryRepository(reopened).Newest(0, 10));

        Assert.Equal(record.Id, stored.Id);
        Assert.Equal(record.CreatedAt, stored.CreatedAt);
        Assert.Equal(DateTimeKind.Utc, stored.CreatedAt.Kind);
    }

    [Fact]
    public void FindConfiguration_DocumentStoredBeforeTheGpuSettings_LoadsWithThemOffAndKeepsItsId()
    {
        // A configuration as the panel stored it before CUDA graphs, frame bucket and first chunk were part of it.
        using var database = Open();
        database.Database.GetCollection(HistoryRepository.ConfigurationCollectionName).Insert(new BsonDocument
        {
            ["_id"] = "8f8d109ddeb2",
            ["Engine"] = "f5-tts",
            ["ModelId"] = "F5TTS_v1_Base",
            ["Provider"] = "CUDA",
            ["Precision"] = "fp16",
            ["Nfe"] = 7,
            ["CfgStrength"] = 2.0,
            ["SwayCoefficient"] = -1.0,
            ["Speed"] = 1.0,
            ["Vocoder"] = "GraphIstft",
            ["CrossFadeSeconds"] = 0.15,
        });

        var stored = new HistoryRepository(database).FindConfiguration("8f8d109ddeb2")!;

        Assert.Equal((0, 1, 0.0), (stored.CudaGraphLengths, stored.FrameBucket, stored.FirstChunkSeconds));
        Assert.Equal("f5-tts F5TTS_v1_Base fp16 CUDA · NFE 7 · CFG 2 · sway -1 · speed 1 · GraphIstft", stored.Label);
        Assert.Equal(stored.Id, EngineConfiguration.Create(stored.Engine, stored.ModelId, stored.Provider, stored.Precision, stored.Nfe,
            stored.CfgStrength, stored.SwayCoefficient, stored.Speed, stored.Vocoder, stored.CrossFadeSeconds).Id);
    }

    [Fact]
    public void AddConfiguration_GpuSettings_SurviveReopeningTheFile()
    {
        var configuration = EngineConfiguration.Create("f5-tts", "F5TTS_v1_Base", "CUDA", "fp16", 7, 2, -1, 1, "GraphIstft", 0.15, 64, 16, 2.5);
        using (var database = Open())
            new HistoryRepository(database).AddConfiguration(configuration);

        using var reopened = Open();
        var stored = new HistoryRepository(reopened).FindConfiguration(configuration.Id)!;

        Assert.Equal((64, 16, 2.5), (stored.CudaGraphLengths, stored.FrameBucket, stored.FirstChunkSeconds));
        Assert.Equal(configuration.Label, stored.Label);
    }
}
