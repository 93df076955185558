using Microsoft.Extensions.Time.Testing;
using TtsPanel.App.Chat.YouTube;

namespace TtsPanel.App.Tests.Chat.YouTube;

public class YouTubeQuotaBudgetTests
{
    /// <summary>A budget spread over 6 hours, on a ledger of its own.</summary>
    private static YouTubeQuotaBudget Budget(int unitsPerDay, TimeProvider time) =>
        new(unitsPerDay, TimeSpan.FromHours(6), new YouTubeQuotaLedger(time), time);

    [Fact]
    public void TrySpend_MoreThanLeft_RefusesAndCountsNothing()
    {
        var budget = Budget(12, new FakeTimeProvider());

        Assert.True(budget.TrySpend(5));
        Assert.True(budget.TrySpend(5));
        Assert.False(budget.TrySpend(5));
        Assert.Equal((10, 2), (budget.SpentToday, budget.LeftToday));
    }

    [Fact]
    public void SpentToday_AtMidnightPacificSummerTime_StartsAgainFromZero()
    {
        // 23:59 Pacific daylight time (UTC−7) on 1 July is 06:59 UTC on 2 July.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 7, 2, 6, 59, 0, TimeSpan.Zero));
        var budget = Budget(100, time);
        budget.TrySpend(40);

        Assert.Equal(new DateTimeOffset(2026, 7, 2, 7, 0, 0, TimeSpan.Zero), budget.NextReset);
        time.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(40, budget.SpentToday);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(0, budget.SpentToday);
        Assert.Equal(new DateTimeOffset(2026, 7, 3, 7, 0, 0, TimeSpan.Zero), budget.NextReset);
    }

    [Fact]
    public void NextReset_InWinter_IsEightInTheMorningUtc()
    {
        var budget = Budget(100, new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 20, 0, 0, TimeSpan.Zero)));

        Assert.Equal(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero), budget.NextReset);
    }

    [Fact]
    public void Pace_PlentyLeft_KeepsTheMinimum()
    {
        var budget = Budget(10_000_000, new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 20, 0, 0, TimeSpan.Zero)));

        Assert.Equal(TimeSpan.FromSeconds(5), budget.Pace(TimeSpan.FromSeconds(5), 5));
    }

    [Fact]
    public void Pace_DefaultBudget_SpreadsTheDaysPollsOverTheSpreadHours()
    {
        var budget = Budget(10_000, new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 20, 0, 0, TimeSpan.Zero)));

        // 2000 polls of 5 units over 6 hours: one every 10.8 s.
        Assert.Equal(TimeSpan.FromSeconds(10.8), budget.Pace(TimeSpan.FromSeconds(5), 5));
    }

    [Fact]
    public void Pace_ResetSoonerThanTheSpread_SpreadsOnlyUntilTheReset()
    {
        // 07:30 UTC in November is 23:30 Pacific: 30 minutes to the reset.
        var budget = Budget(1_000, new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 7, 30, 0, TimeSpan.Zero)));

        Assert.Equal(TimeSpan.FromMinutes(30) / 200, budget.Pace(TimeSpan.FromSeconds(1), 5));
    }

    [Fact]
    public void TwoBudgetsOnOneLedger_ShareTheDaysUnits_EachCountingItsOwn()
    {
        var time = new FakeTimeProvider();
        var ledger = new YouTubeQuotaLedger(time);
        var running = new YouTubeQuotaBudget(12, TimeSpan.FromHours(6), ledger, time);
        var test = new YouTubeQuotaBudget(12, TimeSpan.FromHours(6), ledger, time);

        Assert.True(running.TrySpend(5));
        Assert.True(test.TrySpend(5));
        Assert.False(running.TrySpend(5));

        Assert.Equal((10, 10, 2), (running.SpentToday, test.SpentToday, test.LeftToday));
        Assert.Equal((5, 5), (running.SpentHere, test.SpentHere));
    }

    [Fact]
    public void LeftToday_LimitLoweredBelowTheSpentUnits_IsZeroNotNegative()
    {
        var time = new FakeTimeProvider();
        var ledger = new YouTubeQuotaLedger(time);
        new YouTubeQuotaBudget(100, TimeSpan.FromHours(6), ledger, time).TrySpend(50);

        var lowered = new YouTubeQuotaBudget(20, TimeSpan.FromHours(6), ledger, time);

        Assert.Equal(0, lowered.LeftToday);
        Assert.False(lowered.TrySpend(1));
        Assert.Equal(TimeSpan.FromSeconds(3), lowered.Pace(TimeSpan.FromSeconds(3), 5));
    }

    [Fact]
    public void Pace_NothingLeft_ReturnsTheMinimum()
    {
        var budget = Budget(10, new FakeTimeProvider());
        budget.TrySpend(10);

        Assert.Equal(TimeSpan.FromSeconds(3), budget.Pace(TimeSpan.FromSeconds(3), 5));
    }
}
