using TtsPanel.App.Tracker;

namespace TtsPanel.App.Tests.Tracker;

public class WilsonIntervalTests
{
    // Hand-computed: p = 0.7, z² = 3.8415, centre = (0.7 + 0.19207) / 1.38415 = 0.64449,
    // half = 1.96 / 1.38415 × √(0.021 + 0.0096) = 0.24771.
    [Fact]
    public void Of_SevenOfTen_MatchesHandComputedBounds()
    {
        var interval = WilsonInterval.Of(7, 10);

        Assert.Equal(0.39678, interval.Low, 5);
        Assert.Equal(0.89221, interval.High, 5);
    }

    // All votes on one side: the lower bound is exactly 0 and the upper one is z² / (n + z²) = 3.8415 / 8.8415.
    [Fact]
    public void Of_NoneOfFive_StartsAtZero()
    {
        var interval = WilsonInterval.Of(0, 5);

        Assert.Equal(0, interval.Low, 10);
        Assert.Equal(0.43448, interval.High, 5);
    }

    [Fact]
    public void Of_AllOfTen_StaysWithinOne()
    {
        var interval = WilsonInterval.Of(10, 10);

        Assert.Equal(0.72247, interval.Low, 5);
        Assert.True(interval.High <= 1);
        Assert.Equal(1, interval.High, 10);
    }

    [Fact]
    public void Of_NoTrials_IsTheWholeRange() => Assert.Equal(new WilsonInterval(0, 1), WilsonInterval.Of(0, 0));

    [Fact]
    public void Of_MoreSuccessesThanTrials_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.Of(3, 2));
}
