using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;
using TtsPanel.Testing;

namespace TtsPanel.Web.Tests.Integration;

/// <summary>A real SignalR client acting as an overlay: it joins, collects the clips it is sent, and reports playback.</summary>
public sealed class OverlayClient : IAsyncDisposable
{
    private static readonly TimeSpan ClipTimeout = TimeSpan.FromSeconds(30);
    private readonly HubConnection _connection;
    private readonly Channel<ClipMessage> _clips = Channel.CreateUnbounded<ClipMessage>();

    private OverlayClient(HubConnection connection)
    {
        _connection = connection;
        _connection.On<ClipMessage>("ClipReady", clip => _clips.Writer.TryWrite(clip));
        _connection.On<Guid[]>("ClipsCancelled", ids => Cancelled.Add(ids));
    }

    /// <summary>The welcome the hub answered JoinOverlay with.</summary>
    public JsonElement Welcome { get; private set; }

    public List<Guid[]> Cancelled { get; } = [];

    /// <summary>Connects to <paramref name="panel"/>'s hub with its overlay key, as the overlay page does, and joins.</summary>
    public static async Task<OverlayClient> ConnectAsync(PanelProcess panel) => await ConnectAsync(panel.BaseAddress, await panel.OverlayKeyAsync());

    /// <summary>Connects with <paramref name="key"/> in the query string and joins; the hub's refusal surfaces as an exception.</summary>
    public static async Task<OverlayClient> ConnectAsync(Uri panel, string key, string? origin = null)
    {
        var connection = new HubConnectionBuilder().WithUrl(new Uri(panel, $"/hubs/playback?key={Uri.EscapeDataString(key)}"), options =>
        {
            if (origin is not null)
                options.Headers["Origin"] = origin;
        }).Build();
        var client = new OverlayClient(connection);
        await connection.StartAsync();
        client.Welcome = await connection.InvokeAsync<JsonElement>("JoinOverlay");
        return client;
    }

    /// <summary>The next clip sent to this overlay; fails after 30 s.</summary>
    public async Task<ClipMessage> NextClipAsync()
    {
        using var timeout = new CancellationTokenSource(ClipTimeout);
        return await _clips.Reader.ReadAsync(timeout.Token);
    }

    public Task ReportStartedAsync(Guid id) => _connection.InvokeAsync("ClipStarted", id);

    public Task ReportFinishedAsync(Guid id) => _connection.InvokeAsync("ClipFinished", id);

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
