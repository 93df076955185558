using TtsPanel.App.Tracker;

namespace TtsPanel.Web.Api;

/// <summary>A stored rating as the API returns it; <see cref="RatedAt"/> is UTC.</summary>
public sealed record RatingDto(Guid RecordId, string ConfigurationId, int Score, string? Note, DateTime RatedAt)
{
    public static RatingDto From(QualityRating rating) =>
        new(rating.RecordId, rating.ConfigurationId, rating.Score, rating.Note, rating.RatedAt);
}
