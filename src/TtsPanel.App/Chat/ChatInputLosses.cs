namespace TtsPanel.App.Chat;

/// <summary>
/// What a chat source let go, for the dashboard: input it could not read (an IRC line that does not parse or is too
/// long, an API answer that is not the documented JSON) and events dropped because its buffer was full during a flood.
/// Thread-safe; the clients that replace each other as settings change share one, so the counts run from the start.
/// </summary>
public sealed class ChatInputLosses
{
    private long _malformed;
    private long _dropped;

    /// <summary>Lines or answers skipped because they could not be read.</summary>
    public long Malformed => Interlocked.Read(ref _malformed);

    /// <summary>Events dropped because the source's buffer had no room for them.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Raised after every count, on the counting thread.</summary>
    public event Action? Changed;

    public void CountMalformed()
    {
        Interlocked.Increment(ref _malformed);
        Changed?.Invoke();
    }

    public void CountDropped()
    {
        Interlocked.Increment(ref _dropped);
        Changed?.Invoke();
    }
}
