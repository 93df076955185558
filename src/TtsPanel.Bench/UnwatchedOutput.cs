using TtsPanel.App.Playback;
using TtsPanel.App.Queue;

namespace TtsPanel.Bench;

/// <summary>
/// Playback output with no overlay connected, as a panel nobody watches: the chat benchmark runs no synthesis, so no
/// clip is ever ready to send, and a moderator's removal has no overlay to tell.
/// </summary>
internal sealed class UnwatchedOutput : IPlaybackOutput
{
    public Task SendClipAsync(QueueItem item, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task CancelClipsAsync(IReadOnlyList<Guid> itemIds, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task SendStateAsync(PlaybackState state, CancellationToken cancellationToken) => Task.CompletedTask;
}
