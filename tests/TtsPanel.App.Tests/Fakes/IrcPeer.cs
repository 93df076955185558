using System.Net.Sockets;

namespace TtsPanel.App.Tests.Fakes;

/// <summary>The server's side of one client connection accepted by <see cref="ScriptedIrcServer"/>.</summary>
internal sealed class IrcPeer(TcpClient tcp) : IScriptedIrcPeer, IDisposable
{
    private readonly StreamReader _reader = new(tcp.GetStream());
    private readonly StreamWriter _writer = new(tcp.GetStream()) { NewLine = "\r\n", AutoFlush = true };

    public Task SendAsync(string line) => _writer.WriteLineAsync(line);

    /// <summary>Writes <paramref name="bytes"/> as they are, for byte sequences a string cannot carry (invalid UTF-8); the caller adds line ends.</summary>
    public async Task SendBytesAsync(byte[] bytes)
    {
        await _writer.FlushAsync();
        await tcp.GetStream().WriteAsync(bytes);
    }

    public async Task<string> WaitForAsync(string prefix)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var line = await _reader.ReadLineAsync(timeout.Token) ?? throw new IOException($"The client closed the connection before sending '{prefix}'.");
            if (line.StartsWith(prefix, StringComparison.Ordinal))
                return line;
        }
    }

    /// <summary>Reads until the client closes the connection (at most 10 s) and returns every line it sent.</summary>
    public async Task<List<string>> ReadToEndAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var lines = new List<string>();
        try
        {
            while (await _reader.ReadLineAsync(timeout.Token) is { } line)
                lines.Add(line);
        }
        catch (IOException)
        {
            // A reset instead of a clean close ends the connection just the same.
        }

        return lines;
    }

    public void Dispose() => tcp.Dispose();
}
