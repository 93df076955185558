using LiteDB;
using Microsoft.Extensions.Options;
using TtsPanel.App.History;
using TtsPanel.App.Storage;

namespace TtsPanel.App.Tests.History;

/// <summary>The tracker's queries on <see cref="HistoryRepository"/>: filters, runs, configurations, records written before the tracker.</summary>
public sealed class HistoryFilterTests : IDisposable
{
    private static readonly DateTime Noon = new(2026, 11, 24, 12, 0, 0, DateTimeKind.Utc);
    private readonly string _directory = Directory.CreateTempSubdirectory("ttspanel-filter-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private PanelDatabase Open() => new(Options.Create(new StorageOptions { DataDirectory = _directory }));

    private static SynthesisRecord Record(int minute, string voice, string configuration, Guid? run = null) => new()
    {
        Id = Guid.NewGuid(),
        CreatedAt = Noon.AddMinutes(minute),
        Text = $"at {minute}",
        VoiceId = voice,
        Engine = voice.Split(':')[0],
        ConfigurationId = configuration,
        RunId = run,
        Rtf = 0.1,
    };

    [Fact]
    public void Newest_ByVoiceConfigurationRunAndWindow_ReturnsOnlyMatches()
    {
        using var database = Open();
        var history = new HistoryRepository(database);
        var run = Guid.NewGuid();
        history.Add(Record(1, "espeak-ng:en", "aaa"));
        history.Add(Record(2, "espeak-ng:de", "aaa", run));
        history.Add(Record(3, "f5-tts:me", "bbb", run));
        history.Add(Record(4, "f5-tts:me", "bbb"));

        Assert.Equal(["at 2", "at 1"], history.Newest(new RecordFilter(Engine: "espeak-ng"), 0, 10).Select(r => r.Text));
        Assert.Equal(["at 2"], history.Newest(new RecordFilter(VoiceId: "espeak-ng:de"), 0, 10).Select(r => r.Text));
        Assert.Equal(["at 4", "at 3"], history.Newest(new RecordFilter(ConfigurationId: "bbb"), 0, 10).Select(r => r.Text));
        Assert.Equal(["at 3", "at 2"], history.Newest(new RecordFilter(RunId: run), 0, 10).Select(r => r.Text));
        Assert.Equal(["at 3", "at 2"], history.Newest(new RecordFilter(Noon.AddMinutes(2), Noon.AddMinutes(4)), 0, 10).Select(r => r.Text));
        Assert.Equal(["at 2", "at 3"], history.ForRun(run).Select(r => r.Text));
        Assert.Equal(0, history.Count(new RecordFilter(Noon.AddHours(1))));
    }

    [Fact]
    public void Add_WithConfiguration_StoresTheConfigurationOnce()
    {
        using var database = Open();
        var history = new HistoryRepository(database);
        var configuration = EngineConfiguration.Create("espeak-ng", "espeak-ng", "CPU", "n/a", speed: 175);
        history.Add(Record(1, "espeak-ng:en", configuration.Id), configuration);
        history.Add(Record(2, "espeak-ng:en", configuration.Id), configuration);

        var stored = Assert.Single(history.Configurations());
        Assert.Equal((configuration.Id, 175.0), (stored.Id, stored.Speed));
    }

    [Fact]
    public void Newest_RecordWrittenBeforeTheTracker_ReadsWithDefaults()
    {
        var id = Guid.NewGuid();
        using (var database = Open())
        {
            // The shape the History page stored before the tracker's fields existed.
            database.Database.GetCollection("syntheses").Insert(new BsonDocument
            {
                ["_id"] = id, ["CreatedAt"] = Noon, ["Text"] = "old", ["Engine"] = "espeak-ng", ["Rtf"] = 0.2,
                ["StageMs"] = new BsonDocument { ["synthesis"] = 12.5 },
            });
        }

        using var reopened = Open();
        var record = Assert.Single(new HistoryRepository(reopened).Newest(RecordFilter.All, 0, 10));
        Assert.Equal((id, "old", 0.2, 12.5), (record.Id, record.Text, record.Rtf, record.StageMs["synthesis"]));
        Assert.Equal(("", null, null, 0), (record.ConfigurationId, record.RunId, record.Nfe, record.TextBytes));
    }

    [Fact]
    public void NewestAndCount_RareConfigurationBehindManyNewerRecords_FindsItThroughItsIndex()
    {
        using var database = Open();
        var history = new HistoryRepository(database);
        // More newer records than the newest-first walk reads before it falls back to the configuration's index.
        history.AddMany(Enumerable.Range(0, 20_100).Select(i => Record(10 + i, "espeak-ng:en", "common")));
        history.Add(Record(2, "f5-tts:me", "rare"));
        history.Add(Record(1, "f5-tts:me", "rare"));

        Assert.Equal(["at 2", "at 1"], history.Newest(new RecordFilter(ConfigurationId: "rare"), 0, 10).Select(r => r.Text));
        Assert.Equal(["at 20109", "at 20108"], history.Newest(new RecordFilter(ConfigurationId: "common"), 0, 2).Select(r => r.Text));
        Assert.Equal(["at 20107"], history.Newest(new RecordFilter(Engine: "espeak-ng"), 2, 1).Select(r => r.Text));
        Assert.Equal((2, 20_100, 20_102), (history.Count(new RecordFilter(ConfigurationId: "rare")),
            history.Count(new RecordFilter(ConfigurationId: "common")), history.Count(RecordFilter.All)));
        Assert.Equal(2, history.Count(new RecordFilter(Until: Noon.AddMinutes(5))));
        Assert.Equal(1, history.Count(new RecordFilter(Since: Noon.AddMinutes(2), Until: Noon.AddMinutes(5), ConfigurationId: "rare")));
    }
}
