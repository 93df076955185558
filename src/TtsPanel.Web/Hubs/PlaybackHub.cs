using Microsoft.AspNetCore.SignalR;
using TtsPanel.App.Playback;
using TtsPanel.App.Queue;

namespace TtsPanel.Web.Hubs;

/// <summary>
/// SignalR hub at <c>/hubs/playback</c>. Overlays join to receive clips and report playback; dashboards join to
/// receive the live queue.
/// </summary>
public sealed class PlaybackHub(SynthesisQueue queue, PlaybackCoordinator playback, OverlayPresence presence) : Hub
{
    public const string Path = "/hubs/playback";
    public const string OverlayGroup = "overlays";
    public const string DashboardGroup = "dashboards";
    public const string ClipReadyMessage = "ClipReady";
    public const string ClipsCancelledMessage = "ClipsCancelled";
    public const string PlaybackStateMessage = "PlaybackState";
    public const string QueueChangedMessage = "QueueChanged";
    private const string IsOverlayKey = "overlay";

    /// <summary>Joins the overlay group; returns the state and the clips to play, the one playing first, from its start.</summary>
    public async Task<OverlayWelcome> JoinOverlay()
    {
        // Join before reading the queue: a clip that becomes ready in between arrives twice, never not at all.
        await Groups.AddToGroupAsync(Context.ConnectionId, OverlayGroup, Context.ConnectionAborted);
        if (Context.Items.TryAdd(IsOverlayKey, true))
            presence.OverlayConnected();
        return new OverlayWelcome(playback.State, queue.ItemsWithClips().Select(ClipDto.From).ToList());
    }

    /// <summary>Joins the dashboard group; returns the live queue.</summary>
    public async Task<IReadOnlyList<QueueItemDto>> JoinDashboard()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, DashboardGroup, Context.ConnectionAborted);
        return queue.Snapshot().Select(QueueItemDto.From).ToList();
    }

    /// <summary>An overlay began playing the clip.</summary>
    public void ClipStarted(Guid id) => playback.ClipStarted(id);

    /// <summary>An overlay played the clip to its end.</summary>
    public void ClipFinished(Guid id) => playback.ClipFinished(id);

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        if (Context.Items.ContainsKey(IsOverlayKey))
            presence.OverlayDisconnected();
        return base.OnDisconnectedAsync(exception);
    }
}
