using LiteDB;
using TtsPanel.App.Storage;

namespace TtsPanel.App.Tracker;

/// <summary>Quality ratings in LiteDB's <c>ratings</c> collection, keyed by record id and indexed by configuration.</summary>
public sealed class RatingRepository
{
    private const string CollectionName = "ratings";
    private readonly ILiteCollection<QualityRating> _ratings;

    public RatingRepository(PanelDatabase database)
    {
        _ratings = database.Database.GetCollection<QualityRating>(CollectionName);
        _ratings.EnsureIndex(r => r.ConfigurationId);
        _ratings.EnsureIndex(r => r.RatedAt);
    }

    /// <summary>Stores <paramref name="rating"/>, replacing an earlier rating of the same record.</summary>
    public void Save(QualityRating rating) => _ratings.Upsert(rating);

    /// <summary>The rating of this record, or null.</summary>
    public QualityRating? Find(Guid recordId) => _ratings.FindById(recordId);

    /// <summary>The ratings of these records (a page of the History table), by record id.</summary>
    public IReadOnlyDictionary<Guid, QualityRating> FindMany(IEnumerable<Guid> recordIds)
    {
        var ids = recordIds.Select(id => new BsonValue(id)).ToArray();
        return _ratings.Find(Query.In("_id", ids)).ToDictionary(r => r.RecordId);
    }

    /// <summary>
    /// Ratings given in [<paramref name="since"/>, <paramref name="until"/>) (UTC; null for no bound), of one
    /// configuration when <paramref name="configurationId"/> is set, newest first, read lazily for the CSV export.
    /// </summary>
    public IEnumerable<QualityRating> Matching(string? configurationId, DateTime? since, DateTime? until)
    {
        var query = _ratings.Query();
        if (configurationId is not null)
            query = query.Where(r => r.ConfigurationId == configurationId);
        if (since is { } from)
            query = query.Where(r => r.RatedAt >= from);
        if (until is { } to)
            query = query.Where(r => r.RatedAt < to);
        return query.OrderByDescending(r => r.RatedAt).ToEnumerable();
    }

    /// <summary>Mean score and its interval over every rating of records made under <paramref name="configurationId"/>.</summary>
    public RatingSummary Summarize(string configurationId) =>
        RatingSummary.Of(_ratings.Query().Where(r => r.ConfigurationId == configurationId).Select(r => r.Score).ToList());
}
