using System.Net.WebSockets;

namespace TtsPanel.App.Chat.Twitch;

/// <summary>
/// IRC over a WebSocket (Twitch's <c>wss://irc-ws.chat.twitch.tv:443</c>). Twitch sends IRC lines in text messages,
/// one message often carrying several CRLF-terminated lines; servers following IRCv3's WebSocket draft send one line
/// per message without CRLF. So a line ends at LF or at the end of a message, and a line fragmented over several
/// frames of one message is joined; a line is not joined across two messages. Lines are bounded like TCP's: a longer
/// message is read through the same fixed buffer and dropped. Each line sent is one text message without CRLF.
/// </summary>
internal sealed class WebSocketIrcTransport : IIrcTransport
{
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);

    private readonly ClientWebSocket _socket;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly IrcLineBuffer _lines = new();
    private bool _messageEnded;

    private WebSocketIrcTransport(ClientWebSocket socket, TimeProvider time)
    {
        _socket = socket;
        _time = time;
    }

    public bool LastLineTooLong => _lines.LastLineTooLong;

    /// <summary>Opens the WebSocket at <paramref name="url"/> (<c>ws://</c> or <c>wss://</c>).</summary>
    public static async Task<WebSocketIrcTransport> ConnectAsync(Uri url, TimeProvider time, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(url, cancellationToken);
            return new WebSocketIrcTransport(socket, time);
        }
        catch (WebSocketException e)
        {
            socket.Dispose();
            throw new IOException($"No WebSocket to {url}: {e.GetBaseException().Message}", e);
        }
        catch
        {
            // Whatever else failed (cancelled, timed out), the half-open socket is ours to close.
            socket.Dispose();
            throw;
        }
    }

    public async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_lines.TryTakeLine(out var line))
                return line;
            if (_messageEnded)
            {
                _messageEnded = false;
                if (_lines.TryTakeRest(out line))
                    return line;
            }

            ValueWebSocketReceiveResult received;
            try
            {
                received = await _socket.ReceiveAsync(_lines.FreeSpace(), cancellationToken);
            }
            catch (WebSocketException e)
            {
                // A reset socket, or a frame the protocol forbids (e.g. a text message that is not UTF-8): the
                // connection is gone, as a broken TCP stream would be.
                throw new IOException($"The WebSocket failed: {e.GetBaseException().Message}", e);
            }

            if (received.MessageType == WebSocketMessageType.Close)
            {
                await AcknowledgeCloseAsync();
                return null;
            }

            _lines.Commit(received.Count);
            _messageEnded = received.EndOfMessage;
        }
    }

    public async Task WriteLineAsync(string line, CancellationToken cancellationToken)
    {
        var bytes = IrcLineBuffer.Encode(line, "");
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        catch (WebSocketException e)
        {
            throw new IOException($"The WebSocket failed: {e.GetBaseException().Message}", e);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await AcknowledgeCloseAsync();
        _socket.Dispose();
        _writeGate.Dispose();
    }

    /// <summary>Best effort: answers or sends a close frame, so the server need not time the connection out.</summary>
    private async Task AcknowledgeCloseAsync()
    {
        if (_socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
            return;
        using var timeout = new CancellationTokenSource(CloseTimeout, _time);
        try
        {
            // A close frame is a send: it waits for a PING being written by the watchdog.
            await _writeGate.WaitAsync(timeout.Token);
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            finally
            {
                _writeGate.Release();
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The peer is gone or slow; disposing the socket closes it all the same.
        }
    }
}
