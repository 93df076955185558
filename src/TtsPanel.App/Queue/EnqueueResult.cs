namespace TtsPanel.App.Queue;

/// <summary>What <see cref="SynthesisQueue.Enqueue"/> did with a request.</summary>
/// <param name="Item">The item added, or the earlier one with the same idempotency key; null when the queue was full.</param>
/// <param name="IsDuplicate">True when <paramref name="Item"/> is an earlier item returned for a repeated idempotency key.</param>
public sealed record EnqueueResult(QueueItem? Item, bool IsDuplicate)
{
    /// <summary>True when the queue was full and nothing was added.</summary>
    public bool IsFull => Item is null;
}
