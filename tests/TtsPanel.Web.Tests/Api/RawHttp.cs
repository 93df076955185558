using System.Net.Sockets;
using System.Text;

namespace TtsPanel.Web.Tests.Api;

/// <summary>
/// One HTTP/1.1 request written by hand on a loopback socket, for what HttpClient will not do: announce a body and
/// then hold it back, to see whether the panel answers without reading it.
/// </summary>
public static class RawHttp
{
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(20);

    /// <summary>Sends <paramref name="head"/> (request line and headers, without the blank line) and <paramref name="body"/>; returns the status and the answer's head.</summary>
    public static async Task<(int Status, string Head)> SendAsync(Uri panel, string head, byte[] body)
    {
        using var client = new TcpClient();
        using var timeout = new CancellationTokenSource(AnswerTimeout);
        await client.ConnectAsync(panel.Host, panel.Port, timeout.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"{head}\r\nHost: {panel.Authority}\r\n\r\n"), timeout.Token);
        await stream.WriteAsync(body, timeout.Token);

        var answer = new StringBuilder();
        var buffer = new byte[4096];
        while (!answer.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, timeout.Token);
            if (read == 0)
                break;
            answer.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        var text = answer.ToString();
        var headEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return (int.Parse(text.Split(' ')[1]), headEnd < 0 ? text : text[..headEnd]);
    }
}
