using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using TtsPanel.App.Chat;
using TtsPanel.App.Playback;
using TtsPanel.App.Queue;

namespace TtsPanel.Web.Components.Pages;

/// <summary>The streamer's main page: speak, watch chat and the queue live, approve chat messages, and control playback.</summary>
public partial class Dashboard : IDisposable
{
    private IReadOnlyList<QueueItem> _items = [];
    private IReadOnlyList<QueueItem> _awaitingApproval = [];
    private QueueItem? _nowPlaying;
    private QueueForecast _forecast = QueueForecast.Empty;
    private IReadOnlyDictionary<QueueRefusal, long> _refusals = new Dictionary<QueueRefusal, long>();

    [Inject] private SynthesisQueue Queue { get; set; } = null!;

    [Inject] private PlaybackCoordinator Playback { get; set; } = null!;

    [Inject] private OverlayPresence Presence { get; set; } = null!;

    [Inject] private ApprovalService Approval { get; set; } = null!;

    [Inject] private IOptionsMonitor<ChatOptions> ChatOptions { get; set; } = null!;

    [Inject] private RateEstimates Estimates { get; set; } = null!;

    [Inject] private IOptions<QueueOptions> QueueOptions { get; set; } = null!;

    protected override void OnInitialized()
    {
        Refresh();
        Queue.Changed += OnChanged;
        Queue.Counters.Changed += OnChanged;
        Playback.StateChanged += OnChanged;
        Presence.Changed += OnChanged;
    }

    public void Dispose()
    {
        Queue.Changed -= OnChanged;
        Queue.Counters.Changed -= OnChanged;
        Playback.StateChanged -= OnChanged;
        Presence.Changed -= OnChanged;
    }

    private void Refresh()
    {
        _items = Queue.Snapshot();
        _nowPlaying = _items.FirstOrDefault(i => i.State == QueueItemState.Playing);
        _awaitingApproval = _items.Where(i => i.State == QueueItemState.AwaitingApproval).ToList();
        _refusals = Queue.Counters.Snapshot();
        _forecast = Estimates.Forecast(_items);
    }

    // Raised on whichever thread changed the queue: hop onto the circuit's dispatcher before rendering.
    private void OnChanged() => _ = InvokeAsync(() =>
    {
        Refresh();
        StateHasChanged();
    });

    private Task SkipAsync() => Playback.SkipAsync(CancellationToken.None);

    private Task PauseAsync() => Playback.PauseAsync(CancellationToken.None);

    private Task ResumeAsync() => Playback.ResumeAsync(CancellationToken.None);

    private Task ClearAsync() => Playback.ClearAsync(CancellationToken.None);

    private Task SetVolumeAsync(double volume) => Playback.SetVolumeAsync(volume, CancellationToken.None);

    private Task RemoveAsync(Guid itemId) => Playback.RemoveAsync(itemId, CancellationToken.None);

    private void Approve(Guid itemId) => Approval.Approve(itemId);

    private void Reject(Guid itemId) => Approval.Reject(itemId);

    private void ApproveAll() => Approval.ApproveAll();
}
