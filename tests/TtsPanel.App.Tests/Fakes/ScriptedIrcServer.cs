using System.Net;
using System.Net.Sockets;

namespace TtsPanel.App.Tests.Fakes;

/// <summary>
/// A loopback server that speaks whatever a test scripts, for the Twitch dialect ngircd cannot produce (tags, CLEARMSG,
/// RECONNECT, login NOTICE) and for a server that goes silent. Each accepted connection is an <see cref="IrcPeer"/>.
/// </summary>
internal sealed class ScriptedIrcServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

    public ScriptedIrcServer() => _listener.Start();

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Waits (at most 10 s) for the client's next connection.</summary>
    public async Task<IrcPeer> AcceptAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return new IrcPeer(await _listener.AcceptTcpClientAsync(timeout.Token));
    }

    /// <summary>Accepts a connection and answers the login the way Twitch does, up to the JOIN of every channel.</summary>
    public async Task<IrcPeer> AcceptLoggedInAsync(params string[] channels)
    {
        var peer = await AcceptAsync();
        await TwitchLoginScript.AnswerAsync(peer, channels);
        return peer;
    }

    /// <summary>True when the client opened another connection within <paramref name="wait"/>.</summary>
    public async Task<bool> ConnectionArrivesWithinAsync(TimeSpan wait)
    {
        var deadline = DateTime.UtcNow + wait;
        while (DateTime.UtcNow < deadline)
        {
            if (_listener.Pending())
                return true;
            await Task.Delay(20);
        }

        return false;
    }

    public void Dispose() => _listener.Stop();
}
