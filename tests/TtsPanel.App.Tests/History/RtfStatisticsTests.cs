using TtsPanel.App.History;

namespace TtsPanel.App.Tests.History;

public class RtfStatisticsTests
{
    [Fact]
    public void Summarize_FiveValues_MatchesHandComputedFigures()
    {
        // Sorted: 0.1 0.2 0.3 0.4 0.5. Median is the middle one; p95 rank = 0.95 × 4 = 3.8 → 0.4 + 0.8 × 0.1 = 0.48.
        var summary = RtfStatistics.Summarize([0.5, 0.1, 0.3, 0.2, 0.4]);

        Assert.Equal(5, summary.Count);
        Assert.Equal(0.3, summary.Mean, precision: 12);
        Assert.Equal(0.3, summary.Median, precision: 12);
        Assert.Equal(0.48, summary.P95, precision: 12);
        Assert.Equal(0.1, summary.Best, precision: 12);
    }

    [Fact]
    public void Summarize_EvenCount_InterpolatesTheMedian()
    {
        // Sorted: 1 2 3 4. Median rank 1.5 → 2.5; p95 rank 2.85 → 3 + 0.85 × 1 = 3.85.
        var summary = RtfStatistics.Summarize([4, 1, 3, 2]);

        Assert.Equal(2.5, summary.Median, precision: 12);
        Assert.Equal(3.85, summary.P95, precision: 12);
        Assert.Equal(2.5, summary.Mean, precision: 12);
    }

    [Fact]
    public void Summarize_OneValue_IsThatValueEverywhere() =>
        Assert.Equal(new RtfSummary(1, 0.2, 0.2, 0.2, 0.2), RtfStatistics.Summarize([0.2]));

    [Fact]
    public void Summarize_NoValues_IsEmpty() => Assert.Equal(RtfSummary.Empty, RtfStatistics.Summarize([]));
}
