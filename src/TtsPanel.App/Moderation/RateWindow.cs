namespace TtsPanel.App.Moderation;

/// <summary>A sliding-window count of accepted messages: at most <paramref name="limit"/> per <paramref name="window"/>.</summary>
public sealed class RateWindow(int limit, TimeSpan window, TimeProvider time)
{
    // At most `limit` times are held: older ones leave as new ones come, so memory is fixed.
    private readonly Queue<DateTimeOffset> _accepted = new();

    /// <summary>How long until another message fits; zero when one fits now.</summary>
    public TimeSpan WaitTime()
    {
        var now = time.GetUtcNow();
        while (_accepted.TryPeek(out var oldest) && now - oldest >= window)
            _accepted.Dequeue();
        return _accepted.Count < limit ? TimeSpan.Zero : _accepted.Peek() + window - now;
    }

    /// <summary>Counts a message accepted now, even past the limit (a paid message is never refused for rate).</summary>
    public void Record()
    {
        if (_accepted.Count == limit)
            _accepted.Dequeue();
        _accepted.Enqueue(time.GetUtcNow());
    }
}
