namespace TtsPanel.App.Queue;

/// <summary>
/// How many messages the queue refused since the panel started, by reason. Kept in memory: they describe this
/// session's stream, and every refused message was answered with its reason when it came. Safe from any thread.
/// </summary>
public sealed class QueueCounters
{
    private readonly long[] _byReason = new long[Enum.GetValues<QueueRefusal>().Length];

    /// <summary>Raised after a refusal was counted, on the thread that refused it.</summary>
    public event Action? Changed;

    public long this[QueueRefusal reason] => Interlocked.Read(ref _byReason[(int)reason]);

    /// <summary>Every reason counted at least once, with its count.</summary>
    public IReadOnlyDictionary<QueueRefusal, long> Snapshot() =>
        Enum.GetValues<QueueRefusal>().Where(r => this[r] > 0).ToDictionary(r => r, r => this[r]);

    internal void Count(QueueRefusal reason)
    {
        Interlocked.Increment(ref _byReason[(int)reason]);
        Changed?.Invoke();
    }
}
