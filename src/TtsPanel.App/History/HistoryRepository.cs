using LiteDB;
using TtsPanel.App.Storage;

namespace TtsPanel.App.History;

/// <summary>
/// Synthesis records in LiteDB, newest first, with RTF summaries, and the configurations they ran under. Indexed on
/// time, configuration and run, the three ways the pages narrow them down.
/// </summary>
public sealed class HistoryRepository
{
    private const string CollectionName = "syntheses";
    /// <summary>The LiteDB collection of <see cref="EngineConfiguration"/> documents, keyed by their id.</summary>
    public const string ConfigurationCollectionName = "configurations";
    private readonly ILiteCollection<SynthesisRecord> _records;
    private readonly ILiteCollection<EngineConfiguration> _configurations;

    public HistoryRepository(PanelDatabase database)
    {
        _records = database.Database.GetCollection<SynthesisRecord>(CollectionName);
        _records.EnsureIndex(r => r.CreatedAt);
        _records.EnsureIndex(r => r.ConfigurationId);
        _records.EnsureIndex(r => r.RunId);
        _configurations = database.Database.GetCollection<EngineConfiguration>(ConfigurationCollectionName);
    }

    public void Add(SynthesisRecord record) => _records.Insert(record);

    /// <summary>Stores <paramref name="record"/> and, the first time it is seen, the configuration it ran under.</summary>
    public void Add(SynthesisRecord record, EngineConfiguration configuration)
    {
        _configurations.Upsert(configuration);
        _records.Insert(record);
    }

    /// <summary>Stores many records at once (a benchmark generator, an import); their configurations must be stored already.</summary>
    public int AddMany(IEnumerable<SynthesisRecord> records) => _records.InsertBulk(records);

    /// <summary>Stores <paramref name="configuration"/> if it is new.</summary>
    public void AddConfiguration(EngineConfiguration configuration) => _configurations.Upsert(configuration);

    /// <summary>The record with this id, or null.</summary>
    public SynthesisRecord? Find(Guid id) => _records.FindById(id);

    /// <summary>Every configuration ever recorded.</summary>
    public IReadOnlyList<EngineConfiguration> Configurations() => _configurations.FindAll().ToList();

    /// <summary>The configuration with this id, or null.</summary>
    public EngineConfiguration? FindConfiguration(string id) => _configurations.FindById(id);

    /// <summary>Records created at or after <paramref name="since"/> (UTC), newest first, one page.</summary>
    public IReadOnlyList<SynthesisRecord> Newest(int skip, int take, DateTime? since = null) =>
        Newest(new RecordFilter(since), skip, take);

    /// <summary>Records matching <paramref name="filter"/>, newest first, one page.</summary>
    public IReadOnlyList<SynthesisRecord> Newest(RecordFilter filter, int skip, int take)
    {
        if (filter.RunId is null && filter.HasAttributeCriteria && ScanNewestFirst(filter, skip + take) is { } scanned)
            return scanned.Skip(skip).ToList();
        return Query(filter).OrderByDescending(r => r.CreatedAt).Skip(skip).Limit(take).ToList();
    }

    /// <summary>How many records were created at or after <paramref name="since"/> (UTC).</summary>
    public int Count(DateTime? since = null) => Count(new RecordFilter(since));

    /// <summary>
    /// How many records match <paramref name="filter"/>. A filter on one indexed field alone (time, configuration or
    /// run) is counted from the index keys without reading the records, which LiteDB's own count does.
    /// </summary>
    public int Count(RecordFilter filter) => filter switch
    {
        { VoiceId: null, Engine: null, ConfigurationId: null, RunId: null } => Query(filter).Select(r => r.CreatedAt).ToEnumerable().Count(),
        { VoiceId: null, Engine: null, RunId: null, Since: null, Until: null } => Query(filter).Select(r => r.ConfigurationId).ToEnumerable().Count(),
        { VoiceId: null, Engine: null, ConfigurationId: null, Since: null, Until: null } => Query(filter).Select(r => r.RunId).ToEnumerable().Count(),
        _ => Query(filter).Count(),
    };

    /// <summary>
    /// RTF figures over the newest <paramref name="maxRecords"/> records created at or after <paramref name="since"/>
    /// (UTC): reading every record of a long window costs seconds on a database of millions, and the newest thousands
    /// say what the engine does now.
    /// </summary>
    public RtfSummary Summarize(DateTime? since, int maxRecords) =>
        RtfStatistics.Summarize(Newest(new RecordFilter(since), 0, maxRecords).Select(r => r.Rtf));

    /// <summary>The newest <paramref name="take"/> records of one voice, newest first.</summary>
    public IReadOnlyList<SynthesisRecord> NewestForVoice(string voiceId, int take) =>
        Query(new RecordFilter(VoiceId: voiceId)).OrderByDescending(r => r.CreatedAt).Limit(take).ToList();

    /// <summary>Every record of a benchmark run, oldest first.</summary>
    public IReadOnlyList<SynthesisRecord> ForRun(Guid runId) =>
        _records.Query().Where(r => r.RunId == runId).ToEnumerable().OrderBy(r => r.CreatedAt).ToList();

    /// <summary>
    /// LiteDB narrows a query with one index. For a voice, engine or configuration filter that index yields every
    /// match, all of which are then read and sorted by time (a configuration with 250 000 records: seconds). Walking
    /// the time index newest first and skipping non-matches stops after <paramref name="wanted"/> matches instead;
    /// it gives up (null) after reading 20 × <paramref name="wanted"/> records (at least 20 000), where the filter is
    /// rare enough for its own index to be the cheaper way.
    /// </summary>
    private List<SynthesisRecord>? ScanNewestFirst(RecordFilter filter, int wanted)
    {
        var limit = Math.Max(20 * wanted, 20_000);
        var found = new List<SynthesisRecord>(Math.Min(wanted, 1_000));
        var read = 0;
        foreach (var record in Query(filter.TimeOnly).OrderByDescending(r => r.CreatedAt).ToEnumerable())
        {
            if (++read > limit)
                return null;
            if (filter.Matches(record))
            {
                found.Add(record);
                if (found.Count == wanted)
                    break;
            }
        }

        return found;
    }

    private ILiteQueryable<SynthesisRecord> Query(RecordFilter filter)
    {
        var query = _records.Query();
        if (filter.RunId is { } runId)
            query = query.Where(r => r.RunId == runId);
        if (filter.ConfigurationId is { } configurationId)
            query = query.Where(r => r.ConfigurationId == configurationId);
        if (filter.Since is { } since)
            query = query.Where(r => r.CreatedAt >= since);
        if (filter.Until is { } until)
            query = query.Where(r => r.CreatedAt < until);
        if (filter.VoiceId is { } voiceId)
            query = query.Where(r => r.VoiceId == voiceId);
        if (filter.Engine is { } engine)
            query = query.Where(r => r.Engine == engine);
        return query;
    }
}
