using TtsPanel.App.History;

namespace TtsPanel.App.Tests.History;

public sealed class IntervalsTests
{
    [Fact]
    public void Mean_OneToFive_IsMeanPlusMinusTTimesStandardError()
    {
        // Mean 3, s = √2.5, n = 5, t(0.975, 4) = 2.776445: half width 2.776445 × √2.5 / √5 = 1.963243.
        var interval = Intervals.Mean([1, 2, 3, 4, 5])!;

        Assert.Equal(3, interval.Estimate, precision: 12);
        Assert.Equal(1.036757, interval.Low, precision: 5);
        Assert.Equal(4.963243, interval.High, precision: 5);
        Assert.Equal(5, interval.Count);
    }

    [Fact]
    public void Mean_OneValue_IsNull() => Assert.Null(Intervals.Mean([4]));

    [Fact]
    public void Wilson_EightOfTen_MatchesTheHandComputedInterval()
    {
        // p = 0.8, z² = 3.841459: centre (0.8 + z²/20) / (1 + z²/10) = 0.716739,
        // half width z·√(0.016 + z²/400) / (1 + z²/10) = 0.226577.
        var interval = Intervals.Wilson(8, 10)!;

        Assert.Equal(0.8, interval.Estimate, precision: 12);
        Assert.Equal(0.490162, interval.Low, precision: 5);
        Assert.Equal(0.943316, interval.High, precision: 5);
    }

    [Fact]
    public void Wilson_NoSuccesses_StartsAtZeroAndStaysAboveIt()
    {
        // Upper bound at 0 of n: z² / (n + z²) = 3.841459 / 13.841459 = 0.277533.
        var interval = Intervals.Wilson(0, 10)!;

        Assert.Equal(0, interval.Low);
        Assert.Equal(0.277533, interval.High, precision: 5);
    }

    [Fact]
    public void Wilson_NoTrials_IsNull() => Assert.Null(Intervals.Wilson(0, 0));

    [Fact]
    public void Wilson_MoreSuccessesThanTrials_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Intervals.Wilson(3, 2));
}
