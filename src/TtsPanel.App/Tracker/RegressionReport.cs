namespace TtsPanel.App.Tracker;

/// <summary>The latest run against the previous run of the same configuration.</summary>
/// <param name="Latest">The newest completed run.</param>
/// <param name="Previous">The completed run of the same configuration before it.</param>
/// <param name="Change">Relative change of the median RTF: latest ÷ previous − 1 (0.2 = 20 % slower).</param>
/// <param name="Margin">The allowed slow-down it was checked against.</param>
public sealed record RegressionReport(BenchmarkRun Latest, BenchmarkRun Previous, double Change, double Margin)
{
    /// <summary>Whether the latest run is slower than the previous one by more than <see cref="Margin"/>.</summary>
    public bool IsRegression => Change > Margin;

    /// <summary>Compares two runs' median RTF; both must have records.</summary>
    public static RegressionReport Compare(BenchmarkRun latest, BenchmarkRun previous, double margin)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(previous.MedianRtf, 0);
        return new RegressionReport(latest, previous, latest.MedianRtf / previous.MedianRtf - 1, margin);
    }

    /// <summary>
    /// The latest completed run checked against the previous completed run of its configuration; null when there
    /// is no such pair (fewer than two runs of that configuration).
    /// </summary>
    public static RegressionReport? Check(RunRepository runs, double margin)
    {
        if (runs.LatestCompleted() is not { RecordCount: > 0 } latest)
            return null;
        return runs.PreviousOfSameConfiguration(latest) is { RecordCount: > 0, MedianRtf: > 0 } previous
            ? Compare(latest, previous, margin)
            : null;
    }
}
