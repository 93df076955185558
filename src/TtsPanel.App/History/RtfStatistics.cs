namespace TtsPanel.App.History;

/// <summary>Summary statistics over RTF values.</summary>
public static class RtfStatistics
{
    /// <summary>Count, mean, median, 95th percentile and best (lowest) RTF.</summary>
    public static RtfSummary Summarize(IEnumerable<double> rtfValues)
    {
        var sorted = rtfValues.Order().ToArray();
        if (sorted.Length == 0)
            return RtfSummary.Empty;
        return new RtfSummary(sorted.Length, sorted.Average(), Percentile(sorted, 0.5), Percentile(sorted, 0.95), sorted[0]);
    }

    /// <summary>
    /// Percentile by linear interpolation between the two nearest ranks (rank = p × (n − 1)), the common default of
    /// NumPy and spreadsheets, so figures can be checked by hand.
    /// </summary>
    public static double Percentile(IReadOnlyList<double> sorted, double fraction)
    {
        ArgumentOutOfRangeException.ThrowIfZero(sorted.Count);
        var rank = fraction * (sorted.Count - 1);
        var lower = (int)Math.Floor(rank);
        var upper = Math.Min(lower + 1, sorted.Count - 1);
        return sorted[lower] + (rank - lower) * (sorted[upper] - sorted[lower]);
    }
}
