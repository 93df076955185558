using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace TtsPanel.App.Tests.Fakes;

/// <summary>
/// Kestrel on a loopback port playing Twitch's chat WebSocket (<c>ws://</c>, path <c>/</c>): each WebSocket the client
/// opens becomes a <see cref="WebSocketIrcPeer"/> the test scripts, as <see cref="ScriptedIrcServer"/> does over TCP.
/// Any other request is answered 404, like an address that is no WebSocket endpoint.
/// </summary>
internal sealed class ScriptedWebSocketServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<WebSocketIrcPeer> _peers = Channel.CreateUnbounded<WebSocketIrcPeer>();

    private ScriptedWebSocketServer(WebApplication app)
    {
        _app = app;
        app.UseWebSockets();
        app.Run(AcceptAsync);
    }

    /// <summary>The endpoint's address, for <c>TwitchOptions.WebSocketUrl</c>.</summary>
    public string Url { get; private set; } = "";

    public static async Task<ScriptedWebSocketServer> StartAsync()
    {
        var server = new ScriptedWebSocketServer(LoopbackKestrel.Build());
        await server._app.StartAsync();
        server.Url = "ws" + LoopbackKestrel.Address(server._app)["http".Length..] + "/";
        return server;
    }

    /// <summary>Waits (at most 10 s) for the client's next WebSocket.</summary>
    public async Task<WebSocketIrcPeer> AcceptAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await _peers.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>Accepts a WebSocket and answers the login the way Twitch does, up to the JOIN of every channel.</summary>
    public async Task<WebSocketIrcPeer> AcceptLoggedInAsync(params string[] channels)
    {
        var peer = await AcceptAsync();
        await TwitchLoginScript.AnswerAsync(peer, channels);
        return peer;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest || context.Request.Path != "/")
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        // The request lives as long as its WebSocket: it ends when the test is done with the peer.
        using var peer = new WebSocketIrcPeer(await context.WebSockets.AcceptWebSocketAsync());
        await _peers.Writer.WriteAsync(peer, context.RequestAborted);
        await peer.Finished;
    }
}
