using TtsPanel.App.Queue;

namespace TtsPanel.App.Playback;

/// <summary>The overlays, as the application sees them: the web layer implements this over SignalR.</summary>
public interface IPlaybackOutput
{
    /// <summary>Hands a ready clip to every overlay, which plays clips in the order they arrive.</summary>
    Task SendClipAsync(QueueItem item, CancellationToken cancellationToken);

    /// <summary>Tells every overlay to drop these clips, stopping one that is playing.</summary>
    Task CancelClipsAsync(IReadOnlyList<Guid> itemIds, CancellationToken cancellationToken);

    /// <summary>Tells every overlay the current pause state and volume.</summary>
    Task SendStateAsync(PlaybackState state, CancellationToken cancellationToken);
}
