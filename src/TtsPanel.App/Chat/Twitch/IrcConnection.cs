using System.Net.Security;
using System.Net.Sockets;
using System.Text;

namespace TtsPanel.App.Chat.Twitch;

/// <summary>
/// One TCP (optionally TLS) connection carrying IRC lines: reads lines of bounded length, writes whole lines one at a
/// time (the read loop's PONG and the watchdog's PING may write concurrently). Owns and disposes the socket.
/// </summary>
internal sealed class IrcConnection : IAsyncDisposable
{
    /// <summary>Twitch allows 8 KiB of tags plus a 512-byte message; a longer line is hostile and is skipped.</summary>
    public const int MaxLineBytes = 16 * 1024;

    private readonly TcpClient _tcp;
    private readonly Stream _stream;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly byte[] _buffer = new byte[MaxLineBytes];
    private int _start;
    private int _end;

    private IrcConnection(TcpClient tcp, Stream stream)
    {
        _tcp = tcp;
        _stream = stream;
    }

    /// <summary>True when the line just returned by <see cref="ReadLineAsync"/> was longer than <see cref="MaxLineBytes"/> and was dropped.</summary>
    public bool LastLineTooLong { get; private set; }

    public static async Task<IrcConnection> ConnectAsync(string host, int port, bool useTls, CancellationToken cancellationToken)
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

            return new IrcConnection(tcp, stream);
        }
        catch
        {
            // Whatever failed, the half-open socket is ours to close; the caller decides what the failure means.
            tcp.Dispose();
            throw;
        }
    }

    /// <summary>The next line without its line ending (invalid UTF-8 decoded as U+FFFD), or null once the server closed the connection.</summary>
    public async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        var discarding = false;
        while (true)
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (newline >= 0)
            {
                // Bytes that are not UTF-8 become U+FFFD rather than costing the whole line: IRC's framing is ASCII, so
                // the line still parses, and the moderator drops U+FFFD from the text before it is spoken.
                var line = discarding ? "" : Encoding.UTF8.GetString(_buffer, _start, newline - _start).TrimEnd('\r');
                _start = newline + 1;
                LastLineTooLong = discarding;
                return line;
            }

            if (_end - _start == _buffer.Length)
            {
                // A full buffer without a line end: drop it all and keep dropping up to the next line end.
                discarding = true;
                _start = _end = 0;
            }
            else if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }

            var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
            if (read == 0)
                return null;
            _end += read;
        }
    }

    public async Task WriteLineAsync(string line, CancellationToken cancellationToken)
    {
        if (line.AsSpan().IndexOfAny('\r', '\n') >= 0)
            throw new ArgumentException("An IRC line must not contain CR or LF.", nameof(line));
        var bytes = Encoding.UTF8.GetBytes(line + "\r\n");
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
