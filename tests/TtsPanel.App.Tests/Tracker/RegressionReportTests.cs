using TtsPanel.App.Tracker;

namespace TtsPanel.App.Tests.Tracker;

public sealed class RegressionReportTests
{
    private static BenchmarkRun Run(double medianRtf) => new() { Id = Guid.NewGuid(), MedianRtf = medianRtf, RecordCount = 10 };

    [Fact]
    public void Compare_TwentyPercentSlowerWithTenPercentMargin_IsARegression()
    {
        var report = RegressionReport.Compare(Run(0.12), Run(0.10), margin: 0.10);

        Assert.Equal(0.2, report.Change, precision: 12);
        Assert.True(report.IsRegression);
    }

    [Fact]
    public void Compare_FivePercentSlower_IsWithinTheMargin()
    {
        var report = RegressionReport.Compare(Run(0.105), Run(0.10), margin: 0.10);

        Assert.Equal(0.05, report.Change, precision: 12);
        Assert.False(report.IsRegression);
    }

    [Fact]
    public void Compare_Faster_IsNotARegression() =>
        Assert.False(RegressionReport.Compare(Run(0.05), Run(0.10), margin: 0).IsRegression);
}
