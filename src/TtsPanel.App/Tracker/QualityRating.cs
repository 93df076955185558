using LiteDB;

namespace TtsPanel.App.Tracker;

/// <summary>
/// A listener's opinion of one synthesis, as stored in LiteDB's <c>ratings</c> collection: one per record, a new
/// rating replacing the old. It outlives the clip file it was given for.
/// </summary>
public sealed class QualityRating
{
    /// <summary>Smallest score.</summary>
    public const int MinScore = 1;

    /// <summary>Largest score.</summary>
    public const int MaxScore = 5;

    /// <summary>Longest note, in characters.</summary>
    public const int MaxNoteLength = 500;

    /// <summary>The synthesis record rated; also the rating's id.</summary>
    [BsonId]
    public Guid RecordId { get; set; }

    /// <summary>The configuration the record ran under, copied so ratings group by configuration without the records; indexed.</summary>
    public string ConfigurationId { get; set; } = "";

    /// <summary>1 (bad) to 5 (excellent).</summary>
    public int Score { get; set; }

    /// <summary>What the listener noticed; null when none.</summary>
    public string? Note { get; set; }

    /// <summary>When it was rated, UTC.</summary>
    public DateTime RatedAt { get; set; }
}
