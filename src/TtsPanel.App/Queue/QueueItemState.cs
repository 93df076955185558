namespace TtsPanel.App.Queue;

/// <summary>
/// Where a queue item is in its life. The names are what the <c>queue</c> collection stores, so rename none; append
/// new states rather than renumber. <see cref="AwaitingApproval"/> and <see cref="Rejected"/> belong to approval mode.
/// </summary>
public enum QueueItemState
{
    Pending,
    Synthesizing,
    Ready,
    Playing,
    Done,
    Failed,
    Skipped,
    Removed,
    AwaitingApproval,
    Rejected,
}

/// <summary>Which states are over: the item will neither be synthesized nor played again.</summary>
public static class QueueItemStateExtensions
{
    public static bool IsFinished(this QueueItemState state) =>
        state is QueueItemState.Done or QueueItemState.Failed or QueueItemState.Skipped or QueueItemState.Removed
            or QueueItemState.Rejected;

    /// <summary>Ready or playing: the clip exists and an overlay should hold it.</summary>
    public static bool HasClip(this QueueItemState state) => state is QueueItemState.Ready or QueueItemState.Playing;
}
