namespace TtsPanel.App.Tracker;

/// <summary>What the Performance page shows for a filter.</summary>
/// <param name="TotalCount">Records matching the filter.</param>
/// <param name="SampledCount">Newest records the figures were computed from (at most <see cref="TrackerOptions.MaxRecordsAggregated"/>).</param>
/// <param name="Configurations">Figures per configuration, most records first.</param>
/// <param name="Timeline">Median RTF over time, oldest bucket first; empty buckets left out.</param>
/// <param name="Regression">The latest run against the previous run of its configuration; null without such a pair.</param>
public sealed record PerformanceReport(
    int TotalCount,
    int SampledCount,
    IReadOnlyList<ConfigurationFigures> Configurations,
    IReadOnlyList<RtfPoint> Timeline,
    RegressionReport? Regression)
{
    /// <summary>Whether the figures leave out older records.</summary>
    public bool IsSampled => SampledCount < TotalCount;
}
