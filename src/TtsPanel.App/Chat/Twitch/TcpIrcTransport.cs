using System.Net.Security;
using System.Net.Sockets;

namespace TtsPanel.App.Chat.Twitch;

/// <summary>
/// One TCP (optionally TLS) connection carrying IRC lines: reads lines of bounded length, writes whole lines one at a
/// time (the read loop's PONG and the watchdog's PING may write concurrently). Owns and disposes the socket.
/// </summary>
internal sealed class TcpIrcTransport : IIrcTransport
{
    private readonly TcpClient _tcp;
    private readonly Stream _stream;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly IrcLineBuffer _lines = new();

    private TcpIrcTransport(TcpClient tcp, Stream stream)
    {
        _tcp = tcp;
        _stream = stream;
    }

    public bool LastLineTooLong => _lines.LastLineTooLong;

    public static async Task<TcpIrcTransport> ConnectAsync(string host, int port, bool useTls, CancellationToken cancellationToken)
    {
        var tcp = new TcpClient { NoDelay = true };
        try
        {
            await tcp.ConnectAsync(host, port, cancellationToken);
            Stream stream = tcp.GetStream();
            if (useTls)
            {
                var tls = new SslStream(stream, leaveInnerStreamOpen: false);
                stream = tls;
                await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = host }, cancellationToken);
            }

            return new TcpIrcTransport(tcp, stream);
        }
        catch
        {
            // Whatever failed, the half-open socket is ours to close; the caller decides what the failure means.
            tcp.Dispose();
            throw;
        }
    }

    public async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_lines.TryTakeLine(out var line))
                return line;
            var read = await _stream.ReadAsync(_lines.FreeSpace(), cancellationToken);
            if (read == 0)
                return null;
            _lines.Commit(read);
        }
    }

    public async Task WriteLineAsync(string line, CancellationToken cancellationToken)
    {
        var bytes = IrcLineBuffer.Encode(line, "\r\n");
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await _stream.WriteAsync(bytes, cancellationToken);
            await _stream.FlushAsync(cancellationToken);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync();
        _tcp.Dispose();
        _writeGate.Dispose();
    }
}
