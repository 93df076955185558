namespace TtsPanel.App.History;

/// <summary>Confidence intervals for a mean (Student's t) and for a proportion (Wilson score).</summary>
public static class Intervals
{
    /// <summary>The normal quantile for a two-sided 95 % interval.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>
    /// The t-based interval for the mean of <paramref name="values"/>: mean ± t(1 − α/2, n − 1) · s / √n, with s the
    /// sample standard deviation; null for fewer than two values, where the spread is unknown.
    /// </summary>
    /// <param name="values">The observations, e.g. 1–5 ratings.</param>
    /// <param name="level">Confidence level in (0, 1); default 0.95.</param>
    public static ConfidenceInterval? Mean(IReadOnlyCollection<double> values, double level = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(level, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(level, 1);
        var n = values.Count;
        if (n < 2)
            return null;
        var mean = values.Average();
        var variance = values.Sum(v => (v - mean) * (v - mean)) / (n - 1);
        var halfWidth = StudentT.Quantile(1 - (1 - level) / 2, n - 1) * Math.Sqrt(variance / n);
        return new ConfidenceInterval(mean, mean - halfWidth, mean + halfWidth, n);
    }

    /// <summary>
    /// The Wilson score interval for <paramref name="successes"/> out of <paramref name="trials"/>, which stays inside
    /// [0, 1] and behaves at 0 and n successes, unlike p ± z·√(p(1 − p)/n); null for zero trials.
    /// </summary>
    /// <param name="successes">E.g. votes for configuration A.</param>
    /// <param name="trials">All votes.</param>
    /// <param name="z">Normal quantile; <see cref="Z95"/> (default) gives a 95 % interval.</param>
    public static ConfidenceInterval? Wilson(int successes, int trials, double z = Z95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);
        if (trials == 0)
            return null;
        var p = (double)successes / trials;
        var z2 = z * z;
        var denominator = 1 + z2 / trials;
        var centre = (p + z2 / (2 * trials)) / denominator;
        var halfWidth = z * Math.Sqrt(p * (1 - p) / trials + z2 / (4.0 * trials * trials)) / denominator;
        return new ConfidenceInterval(p, Math.Max(0, centre - halfWidth), Math.Min(1, centre + halfWidth), trials);
    }
}
