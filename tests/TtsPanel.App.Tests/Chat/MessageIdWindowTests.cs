using Microsoft.Extensions.Time.Testing;
using TtsPanel.App.Chat;

namespace TtsPanel.App.Tests.Chat;

public class MessageIdWindowTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void TryAdd_SameIdTwice_RefusesTheSecond()
    {
        var window = new MessageIdWindow(10, TimeSpan.FromMinutes(10), _time);

        Assert.True(window.TryAdd("a"));
        Assert.False(window.TryAdd("a"));
        Assert.True(window.TryAdd("b"));
    }

    [Fact]
    public void TryAdd_BeyondCapacity_ForgetsTheOldestOnly()
    {
        var window = new MessageIdWindow(3, TimeSpan.FromMinutes(10), _time);
        foreach (var id in new[] { "a", "b", "c", "d" })
            window.TryAdd(id);

        Assert.Equal(3, window.Count);
        Assert.False(window.TryAdd("b"));
        Assert.True(window.TryAdd("a"));
    }

    [Fact]
    public void TryAdd_AfterTheWindow_AcceptsTheIdAgain()
    {
        var window = new MessageIdWindow(10, TimeSpan.FromSeconds(60), _time);
        window.TryAdd("a");

        _time.Advance(TimeSpan.FromSeconds(59));
        Assert.False(window.TryAdd("a"));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(window.TryAdd("a"));
    }

    [Fact]
    public void TryAdd_ExpiredIds_LeaveTheWindow()
    {
        var window = new MessageIdWindow(10, TimeSpan.FromSeconds(60), _time);
        window.TryAdd("a");
        window.TryAdd("b");

        _time.Advance(TimeSpan.FromSeconds(61));
        window.TryAdd("c");

        Assert.Equal(1, window.Count);
    }
}
