using System.Net.WebSockets;
using System.Text;

namespace TtsPanel.App.Tests.Fakes;

/// <summary>The server's side of one WebSocket accepted by <see cref="ScriptedWebSocketServer"/>.</summary>
internal sealed class WebSocketIrcPeer(WebSocket socket) : IScriptedIrcPeer, IDisposable
{
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the test disposes the peer; the server's request waits on it.</summary>
    public Task Finished => _finished.Task;

    /// <summary>Every message the client sent so far, as it arrived (the client sends one line per message).</summary>
    public List<string> Messages { get; } = [];

    /// <summary>Sends <paramref name="line"/> with CRLF as one text message, as Twitch does.</summary>
    public Task SendAsync(string line) => SendMessageAsync(line + "\r\n");

    /// <summary>Sends <paramref name="text"/> as it is, as one text message (several lines, or a line without CRLF).</summary>
    public Task SendMessageAsync(string text) => SendFrameBytesAsync(Encoding.UTF8.GetBytes(text));

    /// <summary>Sends one text message fragmented into one frame per part (all but the last without the FIN bit).</summary>
    public async Task SendFrameBytesAsync(params byte[][] parts)
    {
        for (var i = 0; i < parts.Length; i++)
            await socket.SendAsync(parts[i], WebSocketMessageType.Text, i == parts.Length - 1, CancellationToken.None);
    }

    /// <summary>Sends <paramref name="bytes"/> as they are, as one message of <paramref name="type"/>.</summary>
    public async Task SendBytesAsync(byte[] bytes, WebSocketMessageType type) =>
        await socket.SendAsync(bytes, type, endOfMessage: true, CancellationToken.None);

    /// <summary>Starts the closing handshake, as a server going down for maintenance would.</summary>
    public Task CloseAsync() => socket.CloseOutputAsync(WebSocketCloseStatus.EndpointUnavailable, "going away", CancellationToken.None);

    public async Task<string> WaitForAsync(string prefix)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var line = await ReceiveMessageAsync(timeout.Token) ?? throw new IOException($"The client closed the WebSocket before sending '{prefix}'.");
            Messages.Add(line);
            if (line.StartsWith(prefix, StringComparison.Ordinal))
                return line;
        }
    }

    /// <summary>Reads until the client's close frame (at most 10 s) and returns the status it gave.</summary>
    public async Task<WebSocketCloseStatus?> WaitForCloseAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (await ReceiveMessageAsync(timeout.Token) is { } line)
            Messages.Add(line);
        return socket.CloseStatus;
    }

    public void Dispose()
    {
        _finished.TrySetResult();
        socket.Dispose();
    }

    /// <summary>The next whole message as text, or null once the client closed the WebSocket.</summary>
    private async Task<string?> ReceiveMessageAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        using var message = new MemoryStream();
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer.AsMemory(), cancellationToken);
            if (received.MessageType == WebSocketMessageType.Close)
                return null;
            message.Write(buffer, 0, received.Count);
            if (received.EndOfMessage)
                return Encoding.UTF8.GetString(message.ToArray());
        }
    }
}
