using Microsoft.Extensions.Time.Testing;
using TtsPanel.App.Moderation;

namespace TtsPanel.App.Tests.Moderation;

public class RecentKeysTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void Since_InsideTheWindow_IsTheTimeSinceTheRecord()
    {
        var keys = new RecentKeys(10, TimeSpan.FromSeconds(30), _time);
        keys.Record("a");

        _time.Advance(TimeSpan.FromSeconds(12));

        Assert.Equal(TimeSpan.FromSeconds(12), keys.Since("a"));
        Assert.Null(keys.Since("b"));
    }

    [Fact]
    public void Since_AtTheEndOfTheWindow_IsNull()
    {
        var keys = new RecentKeys(10, TimeSpan.FromSeconds(30), _time);
        keys.Record("a");

        _time.Advance(TimeSpan.FromSeconds(30));

        Assert.Null(keys.Since("a"));
        Assert.Equal(0, keys.Count);
    }

    [Fact]
    public void Since_DoesNotRecord()
    {
        var keys = new RecentKeys(10, TimeSpan.FromSeconds(30), _time);

        keys.Since("a");

        Assert.Null(keys.Since("a"));
    }

    [Fact]
    public void Record_Again_RestartsTheWindow()
    {
        var keys = new RecentKeys(10, TimeSpan.FromSeconds(30), _time);
        keys.Record("a");
        _time.Advance(TimeSpan.FromSeconds(20));
        keys.Record("a");

        _time.Advance(TimeSpan.FromSeconds(20));

        Assert.Equal(TimeSpan.FromSeconds(20), keys.Since("a"));
    }

    [Fact]
    public void Record_BeyondCapacity_ForgetsTheOldestAndStaysBounded()
    {
        var keys = new RecentKeys(3, TimeSpan.FromHours(1), _time);
        foreach (var key in Enumerable.Range(0, 1_000).Select(i => $"user{i}"))
        {
            keys.Record(key);
            _time.Advance(TimeSpan.FromMilliseconds(1));
        }

        Assert.Equal(3, keys.Count);
        Assert.Null(keys.Since("user996"));
        Assert.NotNull(keys.Since("user997"));
    }
}
