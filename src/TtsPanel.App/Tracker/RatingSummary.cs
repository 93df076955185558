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
    /// Mean ± 1.96 standard errors (sample standard deviation, n − 1), clamped to the score range: the normal
    /// approximation, rough for a handful of ratings but easy to check by hand.
    /// </summary>
    public static RatingSummary Of(IReadOnlyCollection<int> scores)
    {
        if (scores.Count == 0)
            return Empty;
        var mean = scores.Average();
        if (scores.Count < 2)
            return new RatingSummary(scores.Count, mean, null, null);
        var variance = scores.Sum(s => (s - mean) * (s - mean)) / (scores.Count - 1);
        var half = WilsonInterval.Z95 * Math.Sqrt(variance / scores.Count);
        return new RatingSummary(scores.Count, mean, Math.Max(QualityRating.MinScore, mean - half), Math.Min(QualityRating.MaxScore, mean + half));
    }
}
