using Microsoft.Extensions.Time.Testing;
using TtsPanel.App.Moderation;

namespace TtsPanel.App.Tests.Moderation;

public class RateWindowTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void WaitTime_UnderTheLimit_IsZero()
    {
        var rate = new RateWindow(2, TimeSpan.FromSeconds(60), _time);
        rate.Record();

        Assert.Equal(TimeSpan.Zero, rate.WaitTime());
    }

    [Fact]
    public void WaitTime_AtTheLimit_IsUntilTheOldestLeavesTheWindow()
    {
        var rate = new RateWindow(2, TimeSpan.FromSeconds(60), _time);
        rate.Record();
        _time.Advance(TimeSpan.FromSeconds(10));
        rate.Record();

        Assert.Equal(TimeSpan.FromSeconds(50), rate.WaitTime());
        _time.Advance(TimeSpan.FromSeconds(50));
        Assert.Equal(TimeSpan.Zero, rate.WaitTime());
    }

    [Fact]
    public void Record_PastTheLimit_StaysFull()
    {
        var rate = new RateWindow(2, TimeSpan.FromSeconds(60), _time);
        for (var i = 0; i < 100; i++)
            rate.Record();

        Assert.Equal(TimeSpan.FromSeconds(60), rate.WaitTime());
    }
}
