namespace TtsPanel.App.Playback;

/// <summary>How many overlay pages are connected, so the dashboard can warn when nothing would play.</summary>
public sealed class OverlayPresence
{
    private int _connected;

    /// <summary>Raised after an overlay connected or disconnected.</summary>
    public event Action? Changed;

    public int Connected => Volatile.Read(ref _connected);

    public void OverlayConnected()
    {
        Interlocked.Increment(ref _connected);
        Changed?.Invoke();
    }

    public void OverlayDisconnected()
    {
        Interlocked.Decrement(ref _connected);
        Changed?.Invoke();
    }
}
