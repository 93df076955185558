using TtsPanel.App.History;

namespace TtsPanel.App.Tracker;

/// <summary>Mean score over a set of ratings with its 95 % confidence interval.</summary>
/// <param name="Count">Ratings counted.</param>
/// <param name="Mean">Mean score; 0 when <paramref name="Count"/> is 0.</param>
/// <param name="Low">Lower bound of the 95 % interval, at least 1; null below two ratings.</param>
/// <param name="High">Upper bound of the 95 % interval, at most 5; null below two ratings.</param>
public sealed record RatingSummary(int Count, double Mean, double? Low, double? High)
{
    /// <summary>No ratings.</summary>
    public static RatingSummary Empty { get; } = new(0, 0, null, null);

    /// <summary>
    /// The mean with its Student's t interval (<see cref="Intervals.Mean"/>), clamped to the score range: with the
    /// handful of ratings a listener gives, t is honest where the normal ± 1.96 standard errors would be too narrow.
    /// </summary>
    public static RatingSummary Of(IReadOnlyCollection<int> scores)
    {
        if (scores.Count == 0)
            return Empty;
        var mean = scores.Average();
        return Intervals.Mean(scores.Select(s => (double)s).ToList()) is { } interval
            ? new RatingSummary(scores.Count, mean, Math.Max(QualityRating.MinScore, interval.Low), Math.Min(QualityRating.MaxScore, interval.High))
            : new RatingSummary(scores.Count, mean, null, null);
    }
}
