using TtsPanel.App.Tracker;

namespace TtsPanel.App.Tests.Tracker;

public class RatingSummaryTests
{
    // Scores 3, 4, 5: mean 4, sample standard deviation 1, half-width t(0.975, 2) / √3 = 4.302653 / 1.732051 = 2.48414.
    [Fact]
    public void Of_ThreeScores_MeanWithHandComputedInterval()
    {
        var summary = RatingSummary.Of([3, 4, 5]);

        Assert.Equal(3, summary.Count);
        Assert.Equal(4, summary.Mean, 10);
        Assert.Equal(1.51586, summary.Low!.Value, 5);
        Assert.Equal(5, summary.High!.Value, 10); // 6.48414 clamped to the top score
    }

    [Fact]
    public void Of_OneScore_HasNoInterval() => Assert.Equal(new RatingSummary(1, 2, null, null), RatingSummary.Of([2]));

    [Fact]
    public void Of_NoScores_IsEmpty() => Assert.Same(RatingSummary.Empty, RatingSummary.Of([]));
}
