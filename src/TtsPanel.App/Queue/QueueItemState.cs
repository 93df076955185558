namespace TtsPanel.App.Queue;

/// <summary>
/// Where a queue item is in its life. The chat issue adds persistence and an approval step; the names and order here
/// are the ones stored, so append new states rather than renumber.
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
}

/// <summary>Which states are over: the item will neither be synthesized nor played again.</summary>
public static class QueueItemStateExtensions
{
    public static bool IsFinished(this QueueItemState state) =>
        state is QueueItemState.Done or QueueItemState.Failed or QueueItemState.Skipped or QueueItemState.Removed;

    /// <summary>Ready or playing: the clip exists and an overlay should hold it.</summary>
    public static bool HasClip(this QueueItemState state) => state is QueueItemState.Ready or QueueItemState.Playing;
}
