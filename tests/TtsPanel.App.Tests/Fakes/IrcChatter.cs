using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;

namespace TtsPanel.App.Tests.Fakes;

/// <summary>
/// A plain IRC user for the tests: logs in, joins, says things, and collects what the server sends, answering the
/// server's PINGs in the background so an idle chatter is not dropped.
/// </summary>
internal sealed class IrcChatter : IAsyncDisposable
{
    private readonly TcpClient _tcp;
    private readonly StreamReader _reader;
    private readonly StreamWriter _writer;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _pump;

    private IrcChatter(TcpClient tcp)
    {
        _tcp = tcp;
        var stream = tcp.GetStream();
        _reader = new StreamReader(stream);
        _writer = new StreamWriter(stream) { NewLine = "\r\n", AutoFlush = true };
        _pump = PumpAsync();
    }

    public static async Task<IrcChatter> ConnectAsync(int port, string nick)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, port);
        var chatter = new IrcChatter(tcp);
        await chatter.SendAsync($"NICK {nick}");
        await chatter.SendAsync($"USER {nick} 0 * :{nick}");
        await chatter.WaitForAsync(line => line.Contains(" 001 ", StringComparison.Ordinal));
        return chatter;
    }

    public async Task JoinAsync(string channel)
    {
        await SendAsync($"JOIN {channel}");
        await WaitForAsync(line => line.Contains(" 366 ", StringComparison.Ordinal) && line.Contains(channel, StringComparison.Ordinal));
    }

    public Task SayAsync(string channel, string text) => SendAsync($"PRIVMSG {channel} :{text}");

    public Task SendAsync(string line) => _writer.WriteLineAsync(line);

    /// <summary>Reads lines until one matches (at most 10 s) and returns it.</summary>
    public async Task<string> WaitForAsync(Func<string, bool> match)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var line = await _lines.Reader.ReadAsync(timeout.Token);
            if (match(line))
                return line;
        }
    }

    private async Task PumpAsync()
    {
        try
        {
            while (await _reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (line.StartsWith("PING ", StringComparison.Ordinal))
                    await SendAsync("PONG " + line[5..]);
                _lines.Writer.TryWrite(line);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
        {
            // Disposed (the socket may close under a read in progress), or the server went away (a test may kill it);
            // the collected lines stay readable.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _tcp.Dispose();
        await _pump;
        _stop.Dispose();
    }
}
