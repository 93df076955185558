namespace TtsPanel.App.Moderation;

/// <summary>How many messages were accepted, and how many were not, by reason. Safe to read from any thread.</summary>
public sealed class ModerationCounters
{
    private readonly long[] _byReason = new long[Enum.GetValues<ModerationReason>().Length];
    private long _accepted;

    /// <summary>Raised after a message was counted, on the thread that moderated it.</summary>
    public event Action? Changed;

    public long Accepted => Interlocked.Read(ref _accepted);

    public long this[ModerationReason reason] => Interlocked.Read(ref _byReason[(int)reason]);

    /// <summary>Every reason counted at least once, with its count.</summary>
    public IReadOnlyDictionary<ModerationReason, long> Snapshot() =>
        Enum.GetValues<ModerationReason>().Where(r => this[r] > 0).ToDictionary(r => r, r => this[r]);

    internal void CountAccepted()
    {
        Interlocked.Increment(ref _accepted);
        Changed?.Invoke();
    }

    internal void Count(ModerationReason reason)
    {
        Interlocked.Increment(ref _byReason[(int)reason]);
        Changed?.Invoke();
    }
}
