using LiteDB;
using TtsPanel.App.Storage;

namespace TtsPanel.App.History;

/// <summary>Synthesis records in LiteDB, newest first, with RTF summaries over a time window.</summary>
public sealed class HistoryRepository
{
    private const string CollectionName = "syntheses";
    private readonly ILiteCollection<SynthesisRecord> _records;

    public HistoryRepository(PanelDatabase database)
    {
        _records = database.Database.GetCollection<SynthesisRecord>(CollectionName);
        _records.EnsureIndex(r => r.CreatedAt);
    }

    public void Add(SynthesisRecord record) => _records.Insert(record);

    /// <summary>Records created at or after <paramref name="since"/> (UTC), newest first, one page.</summary>
    public IReadOnlyList<SynthesisRecord> Newest(int skip, int take, DateTime? since = null) =>
        Window(since).OrderByDescending(r => r.CreatedAt).Skip(skip).Limit(take).ToList();

    /// <summary>How many records were created at or after <paramref name="since"/> (UTC).</summary>
    public int Count(DateTime? since = null) => Window(since).Count();

    /// <summary>RTF figures over the records created at or after <paramref name="since"/> (UTC).</summary>
    public RtfSummary Summarize(DateTime? since = null) =>
        RtfStatistics.Summarize(Window(since).Select(r => r.Rtf).ToEnumerable());

    private ILiteQueryable<SynthesisRecord> Window(DateTime? since) =>
        since is { } from ? _records.Query().Where(r => r.CreatedAt >= from) : _records.Query();
}
