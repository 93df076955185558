using LiteDB;
using TtsPanel.App.Storage;

namespace TtsPanel.App.Tracker;

/// <summary>Benchmark runs in LiteDB's <c>runs</c> collection, newest first.</summary>
public sealed class RunRepository
{
    private const string CollectionName = "runs";
    private readonly ILiteCollection<BenchmarkRun> _runs;

    public RunRepository(PanelDatabase database)
    {
        _runs = database.Database.GetCollection<BenchmarkRun>(CollectionName);
        _runs.EnsureIndex(r => r.StartedAt);
        _runs.EnsureIndex(r => r.ConfigurationId);
    }

    /// <summary>Stores a new run or the new state of a stored one.</summary>
    public void Save(BenchmarkRun run) => _runs.Upsert(run);

    /// <summary>The run with this id, or null.</summary>
    public BenchmarkRun? Find(Guid id) => _runs.FindById(id);

    /// <summary>The newest runs, newest first.</summary>
    public IReadOnlyList<BenchmarkRun> Newest(int take) =>
        _runs.Query().OrderByDescending(r => r.StartedAt).Limit(take).ToList();

    /// <summary>The newest completed run, or null when none has completed.</summary>
    public BenchmarkRun? LatestCompleted() =>
        _runs.Query().Where(r => r.State == BenchmarkRunState.Completed).OrderByDescending(r => r.StartedAt).FirstOrDefault();

    /// <summary>The completed run of the same configuration that started last before <paramref name="run"/>, or null.</summary>
    public BenchmarkRun? PreviousOfSameConfiguration(BenchmarkRun run)
    {
        var (configurationId, startedAt) = (run.ConfigurationId, run.StartedAt);
        return _runs.Query()
            .Where(r => r.ConfigurationId == configurationId && r.StartedAt < startedAt && r.State == BenchmarkRunState.Completed)
            .OrderByDescending(r => r.StartedAt)
            .FirstOrDefault();
    }
}
