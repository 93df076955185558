namespace TtsPanel.App.Tracker;

/// <summary>Either the stored rating or the reason it was refused.</summary>
public sealed record RatingOutcome(QualityRating? Rating, RatingError? Error)
{
    public static RatingOutcome Stored(QualityRating rating) => new(rating, null);

    public static RatingOutcome Failed(RatingErrorKind kind, string field, string message) => new(null, new RatingError(kind, field, message));
}
