namespace TtsPanel.App.Queue;

/// <summary>Either the queued item or the reason it was refused.</summary>
public sealed record SpeakResult(QueueItem? Item, SpeakError? Error)
{
    /// <summary>True when <see cref="Item"/> was queued earlier with the same idempotency key and nothing was added.</summary>
    public bool IsDuplicate { get; init; }

    public static SpeakResult Queued(QueueItem item) => new(item, null);

    public static SpeakResult Failed(SpeakError error) => new(null, error);
}
