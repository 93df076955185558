namespace TtsPanel.App.Queue;

/// <summary>
/// The streamer's "to approve" list: chat messages held in <see cref="QueueItemState.AwaitingApproval"/> go on to be
/// spoken when approved, or finish as <see cref="QueueItemState.Rejected"/>. Each decision is stored like every state.
/// </summary>
public sealed class ApprovalService(SynthesisQueue queue)
{
    /// <summary>The items waiting for a decision, in arrival order.</summary>
    public IReadOnlyList<QueueItem> Waiting() => queue.FindUnfinished(i => i.State == QueueItemState.AwaitingApproval);

    /// <summary>Sends the item on to synthesis; false when it was not waiting for approval.</summary>
    public bool Approve(Guid itemId) =>
        queue.Transition(itemId, s => s == QueueItemState.AwaitingApproval, i => i with { State = QueueItemState.Pending }) is not null;

    /// <summary>Finishes the item unspoken; false when it was not waiting for approval.</summary>
    public bool Reject(Guid itemId) =>
        queue.Transition(itemId, s => s == QueueItemState.AwaitingApproval, i => i with { State = QueueItemState.Rejected }) is not null;

    /// <summary>Approves every waiting item, oldest first; returns how many.</summary>
    public int ApproveAll() => Waiting().Count(item => Approve(item.Id));
}
