using TtsPanel.App.History;

namespace TtsPanel.App.Tracker;

/// <summary>Checks and stores a listener's rating of a synthesis: the one path the History page, Listen &amp; rate and the API share.</summary>
public sealed class RatingService(HistoryRepository history, RatingRepository ratings, TimeProvider time)
{
    /// <summary>
    /// Rates record <paramref name="recordId"/> <paramref name="score"/> (1–5) with an optional <paramref name="note"/>;
    /// bad input is refused before the record is looked up, so a 400 never hides behind a 404.
    /// </summary>
    public RatingOutcome Rate(Guid recordId, int score, string? note)
    {
        if (score is < QualityRating.MinScore or > QualityRating.MaxScore)
            return RatingOutcome.Failed(RatingErrorKind.Invalid, "score",
                $"score must be a whole number from {QualityRating.MinScore} to {QualityRating.MaxScore} (was {score}).");
        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (trimmed is { Length: > QualityRating.MaxNoteLength })
            return RatingOutcome.Failed(RatingErrorKind.Invalid, "note",
                $"note is {trimmed.Length} characters long; the limit is {QualityRating.MaxNoteLength}.");
        if (history.Find(recordId) is not { } record)
            return RatingOutcome.Failed(RatingErrorKind.UnknownRecord, "recordId", $"No synthesis record has the id {recordId}.");

        var rating = new QualityRating
        {
            RecordId = recordId,
            ConfigurationId = record.ConfigurationId,
            Score = score,
            Note = trimmed,
            RatedAt = time.GetUtcNow().UtcDateTime,
        };
        ratings.Save(rating);
        return RatingOutcome.Stored(rating);
    }
}
