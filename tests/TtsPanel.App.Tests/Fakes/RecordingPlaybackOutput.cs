using TtsPanel.App.Playback;
using TtsPanel.App.Queue;

namespace TtsPanel.App.Tests.Fakes;

/// <summary>Stands in for the overlays: records every command it is given.</summary>
internal sealed class RecordingPlaybackOutput : IPlaybackOutput
{
    public List<QueueItem> SentClips { get; } = [];

    public List<IReadOnlyList<Guid>> Cancelled { get; } = [];

    public List<PlaybackState> States { get; } = [];

    /// <summary>Runs as each clip is sent, before it is recorded: a test's look at the world at the moment of delivery.</summary>
    public Action<QueueItem>? OnSend { get; set; }

    public Task SendClipAsync(QueueItem item, CancellationToken cancellationToken)
    {
        OnSend?.Invoke(item);
        lock (SentClips)
            SentClips.Add(item);
        return Task.CompletedTask;
    }

    public Task CancelClipsAsync(IReadOnlyList<Guid> itemIds, CancellationToken cancellationToken)
    {
        Cancelled.Add(itemIds);
        return Task.CompletedTask;
    }

    public Task SendStateAsync(PlaybackState state, CancellationToken cancellationToken)
    {
        States.Add(state);
        return Task.CompletedTask;
    }
}
