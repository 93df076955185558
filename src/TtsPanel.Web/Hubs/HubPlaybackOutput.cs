using Microsoft.AspNetCore.SignalR;
using TtsPanel.App.Playback;
using TtsPanel.App.Queue;

namespace TtsPanel.Web.Hubs;

/// <summary>Delivers playback commands to every connected overlay through <see cref="PlaybackHub"/>.</summary>
public sealed class HubPlaybackOutput(IHubContext<PlaybackHub> hub) : IPlaybackOutput
{
    private IClientProxy Overlays => hub.Clients.Group(PlaybackHub.OverlayGroup);

    public Task SendClipAsync(QueueItem item, CancellationToken cancellationToken) =>
        Overlays.SendAsync(PlaybackHub.ClipReadyMessage, ClipDto.From(item), cancellationToken);

    public Task CancelClipsAsync(IReadOnlyList<Guid> itemIds, CancellationToken cancellationToken) =>
        Overlays.SendAsync(PlaybackHub.ClipsCancelledMessage, itemIds, cancellationToken);

    public Task SendStateAsync(PlaybackState state, CancellationToken cancellationToken) =>
        Overlays.SendAsync(PlaybackHub.PlaybackStateMessage, state, cancellationToken);
}
