using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using TtsPanel.Testing;

namespace TtsPanel.Web.Tests.Integration;

/// <summary>
/// A real SignalR overlay that plays every clip it is given at once, in the order given: it reports the start and the
/// end of each to the panel and records both in a <see cref="DeliveryLedger"/>. It stops when the panel goes away.
/// </summary>
public sealed class AckingOverlay : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly DeliveryLedger _ledger;
    private readonly Channel<Guid> _clips = Channel.CreateUnbounded<Guid>();
    private readonly Lock _gate = new();
    // Clips announced before the welcome was read wait here, so the welcome's clips, which are older, play first.
    private List<Guid>? _early = [];
    private Task _playing = Task.CompletedTask;

    private AckingOverlay(HubConnection connection, DeliveryLedger ledger)
    {
        _connection = connection;
        _ledger = ledger;
        _connection.On<ClipMessage>("ClipReady", clip =>
        {
            lock (_gate)
            {
                if (_early is not null)
                    _early.Add(clip.Id);
                else
                    _clips.Writer.TryWrite(clip.Id);
            }
        });
    }

    /// <summary>Connects to <paramref name="panel"/>'s hub with its overlay key, as the overlay page does, and joins.</summary>
    public static async Task<AckingOverlay> ConnectAsync(PanelProcess panel, DeliveryLedger ledger)
    {
        var hub = new Uri(panel.BaseAddress, $"/hubs/playback?key={Uri.EscapeDataString(await panel.OverlayKeyAsync())}");
        var overlay = new AckingOverlay(new HubConnectionBuilder().WithUrl(hub).Build(), ledger);
        await overlay._connection.StartAsync();
        var welcome = await overlay._connection.InvokeAsync<JsonElement>("JoinOverlay");
        lock (overlay._gate)
        {
            foreach (var clip in welcome.GetProperty("clips").EnumerateArray())
                overlay._clips.Writer.TryWrite(clip.GetProperty("id").GetGuid());
            foreach (var id in overlay._early!)
                overlay._clips.Writer.TryWrite(id);
            overlay._early = null;
        }

        overlay._playing = Task.Run(overlay.PlayAsync);
        return overlay;
    }

    private async Task PlayAsync()
    {
        // A clip can be announced twice (once in the welcome, once as ready); it is played once per connection.
        var played = new HashSet<Guid>();
        await foreach (var id in _clips.Reader.ReadAllAsync())
        {
            if (!played.Add(id))
                continue;
            _ledger.Starting(id);
            try
            {
                await _connection.InvokeAsync("ClipStarted", id);
                await _connection.InvokeAsync("ClipFinished", id);
            }
            catch (Exception e) when (e is InvalidOperationException or OperationCanceledException or IOException or WebSocketException
                or HubException)
            {
                // The panel was killed: what this overlay was playing is owed again by the next run.
                return;
            }

            _ledger.Finished(id);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _clips.Writer.TryComplete();
        await _connection.DisposeAsync();
        await _playing;
    }
}
