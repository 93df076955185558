using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace TtsPanel.Web.Api;

/// <summary>
/// A CSV export streamed to the client. Kestrel refuses synchronous writes to a response and the CSV writers are
/// synchronous, so rows go into an in-memory buffer that is sent asynchronously each time it holds
/// <see cref="FlushCharacters"/>: an export of millions of rows streams in bounded memory.
/// </summary>
internal static class CsvDownload
{
    private const int FlushCharacters = 64 * 1024;

    public static PushStreamHttpResult Of<T>(IEnumerable<T> rows, Action<TextWriter> writeHeader, Action<T, TextWriter> writeRow, string fileName) =>
        TypedResults.Stream(async stream =>
        {
            await using var output = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            var buffer = new StringWriter(CultureInfo.InvariantCulture);
            writeHeader(buffer);
            foreach (var row in rows)
            {
                writeRow(row, buffer);
                if (buffer.GetStringBuilder().Length >= FlushCharacters)
                    await SendAsync(buffer, output);
            }

            await SendAsync(buffer, output);
            await output.FlushAsync();
        }, "text/csv; charset=utf-8", fileName);

    private static async Task SendAsync(StringWriter buffer, StreamWriter output)
    {
        await output.WriteAsync(buffer.GetStringBuilder());
        buffer.GetStringBuilder().Clear();
    }
}
