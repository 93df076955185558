using TtsPanel.App.Chat;
using TtsPanel.App.Tests.Fakes;

namespace TtsPanel.App.Tests.Chat;

public class ReconnectBackoffTests
{
    private static readonly TimeSpan Min = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(60);

    private static double[] Seconds(ReconnectBackoff backoff, int count) =>
        Enumerable.Range(0, count).Select(_ => backoff.NextDelay().TotalSeconds).ToArray();

    [Fact]
    public void NextDelay_JitterAtTop_DoublesUpToTheMaximum() =>
        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60], Seconds(new ReconnectBackoff(Min, Max, new FixedRandom(1)), 8));

    [Fact]
    public void NextDelay_JitterAtBottom_IsHalfTheNominalDelay() =>
        Assert.Equal([0.5, 1, 2, 4, 8, 16, 30, 30], Seconds(new ReconnectBackoff(Min, Max, new FixedRandom(0)), 8));

    [Fact]
    public void NextDelay_RandomJitter_StaysWithinHalfToFullNominal()
    {
        var delays = Seconds(new ReconnectBackoff(Min, Max, new Random(7)), 200);

        for (var i = 0; i < delays.Length; i++)
        {
            var nominal = Math.Min(60, Math.Pow(2, i));
            Assert.InRange(delays[i], nominal / 2, nominal);
        }

        Assert.True(delays.Skip(10).Distinct().Count() > 100, "the delays past the maximum should still differ from each other");
    }

    [Fact]
    public void NextDelay_ManyAttempts_NeverOverflows()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromMilliseconds(10), TimeSpan.FromMinutes(10), new FixedRandom(1));

        Assert.Equal(600, Seconds(backoff, 1_000)[^1]);
    }

    [Fact]
    public void Reset_StartsAgainFromTheMinimum()
    {
        var backoff = new ReconnectBackoff(Min, Max, new FixedRandom(1));
        Seconds(backoff, 5);

        backoff.Reset();

        Assert.Equal(1, backoff.NextDelay().TotalSeconds);
    }
}
