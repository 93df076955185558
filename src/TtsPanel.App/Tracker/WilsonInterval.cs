namespace TtsPanel.App.Tracker;

/// <summary>
/// The Wilson score interval for a proportion: unlike the plain ± 1.96·√(p(1−p)/n), it stays inside 0–1 and
/// behaves with few votes or with all votes on one side, which is where blind A/B tests usually are.
/// </summary>
/// <param name="Low">Lower bound, 0–1.</param>
/// <param name="High">Upper bound, 0–1.</param>
public sealed record WilsonInterval(double Low, double High)
{
    /// <summary>The standard normal quantile for a two-sided 95 % interval.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>The 95 % interval of <paramref name="successes"/> out of <paramref name="trials"/>; 0–1 when there are no trials.</summary>
    public static WilsonInterval Of(int successes, int trials, double z = Z95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);
        if (trials == 0)
            return new WilsonInterval(0, 1);
        double n = trials;
        var p = successes / n;
        var z2 = z * z;
        var denominator = 1 + z2 / n;
        var centre = (p + z2 / (2 * n)) / denominator;
        var half = z / denominator * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return new WilsonInterval(Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
