namespace TtsPanel.App.Chat;

/// <summary>
/// What chat did to the queue since the panel started, beside the moderator's own counts of ignored and refused
/// messages and the queue's refusals. Safe from any thread.
/// </summary>
public sealed class ChatCounters
{
    private long _queued;
    private long _commands;
    private long _unknownVoices;
    private long _removedByModerators;
    private long _failedEvents;

    /// <summary>Raised after any count changed, on the thread that changed it.</summary>
    public event Action? Changed;

    /// <summary>Accepted chat messages stored in the queue.</summary>
    public long Queued => Interlocked.Read(ref _queued);

    /// <summary>Chat commands carried out (<c>!skip</c>, <c>!pause</c>, <c>!resume</c>, <c>!clear</c>, <c>!voice</c>).</summary>
    public long Commands => Interlocked.Read(ref _commands);

    /// <summary><c>!voice</c> commands naming no voice the panel has, and stored voices that have since gone.</summary>
    public long UnknownVoices => Interlocked.Read(ref _unknownVoices);

    /// <summary>Queue items removed because a moderator deleted the message, timed out or banned its sender, or cleared the chat.</summary>
    public long RemovedByModerators => Interlocked.Read(ref _removedByModerators);

    /// <summary>Chat events that failed unexpectedly (logged with the error); reading went on with the next.</summary>
    public long FailedEvents => Interlocked.Read(ref _failedEvents);

    internal void CountQueued() => Add(ref _queued, 1);

    internal void CountCommand() => Add(ref _commands, 1);

    internal void CountUnknownVoice() => Add(ref _unknownVoices, 1);

    internal void CountRemoved(int items) => Add(ref _removedByModerators, items);

    internal void CountFailedEvent() => Add(ref _failedEvents, 1);

    private void Add(ref long counter, long amount)
    {
        Interlocked.Add(ref counter, amount);
        Changed?.Invoke();
    }
}
