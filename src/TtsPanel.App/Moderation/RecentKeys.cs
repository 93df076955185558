namespace TtsPanel.App.Moderation;

/// <summary>
/// When each key (a user, a text) was last recorded, forgotten once older than <paramref name="window"/> and, under
/// a flood, once more than <paramref name="capacity"/> records are held, oldest first: memory stays bounded whatever
/// chat sends. Unlike <c>MessageIdWindow</c>, looking a key up does not record it, so a message refused by a later
/// rule leaves no trace.
/// </summary>
public sealed class RecentKeys(int capacity, TimeSpan window, TimeProvider time)
{
    private readonly Dictionary<string, DateTimeOffset> _last = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset At)> _order = new();

    /// <summary>Keys currently remembered.</summary>
    public int Count => _last.Count;

    /// <summary>How long ago <paramref name="key"/> was recorded, or null when not within the window.</summary>
    public TimeSpan? Since(string key)
    {
        Evict(time.GetUtcNow());
        return _last.TryGetValue(key, out var at) ? time.GetUtcNow() - at : null;
    }

    public void Record(string key)
    {
        var now = time.GetUtcNow();
        Evict(now);
        if (_order.Count == capacity)
            Forget(_order.Dequeue());
        _last[key] = now;
        _order.Enqueue((key, now));
    }

    private void Evict(DateTimeOffset now)
    {
        while (_order.TryPeek(out var oldest) && now - oldest.At >= window)
            Forget(_order.Dequeue());
    }

    // A key recorded again has a newer entry further back in the queue; only that one may remove it.
    private void Forget((string Key, DateTimeOffset At) entry)
    {
        if (_last.TryGetValue(entry.Key, out var at) && at == entry.At)
            _last.Remove(entry.Key);
    }
}
