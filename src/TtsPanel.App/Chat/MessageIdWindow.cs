namespace TtsPanel.App.Chat;

/// <summary>
/// The message ids seen recently, bounded both in count and in age, so a message delivered again (a reconnect replaying
/// recent chat, or shared chat echoing it) is recognised without remembering every id for ever.
/// </summary>
public sealed class MessageIdWindow(int capacity, TimeSpan window, TimeProvider time)
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Queue<(string Id, DateTimeOffset SeenAt)> _order = new();

    /// <summary>Ids currently remembered.</summary>
    public int Count => _ids.Count;

    /// <summary>Remembers <paramref name="id"/>; false when it was already seen inside the window.</summary>
    public bool TryAdd(string id)
    {
        var now = time.GetUtcNow();
        while (_order.TryPeek(out var oldest) && now - oldest.SeenAt >= window)
            _ids.Remove(_order.Dequeue().Id);
        if (_ids.Contains(id))
            return false;
        if (_order.Count == capacity)
            _ids.Remove(_order.Dequeue().Id);
        _ids.Add(id);
        _order.Enqueue((id, now));
        return true;
    }
}
