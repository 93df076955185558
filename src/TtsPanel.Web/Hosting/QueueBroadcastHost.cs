using Microsoft.AspNetCore.SignalR;
using TtsPanel.App.Queue;
using TtsPanel.Web.Hubs;

namespace TtsPanel.Web.Hosting;

/// <summary>Pushes the live queue to dashboard clients of the playback hub whenever it changes.</summary>
public sealed class QueueBroadcastHost(SynthesisQueue queue, IHubContext<PlaybackHub> hub) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        queue.Changed += Broadcast;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Changed -= Broadcast;
        return Task.CompletedTask;
    }

    // Changed is raised synchronously by whoever changed the queue; the send must not hold them up.
    private void Broadcast() =>
        _ = hub.Clients.Group(PlaybackHub.DashboardGroup).SendAsync(PlaybackHub.QueueChangedMessage,
            queue.Snapshot().Select(QueueItemDto.From).ToList());
}
