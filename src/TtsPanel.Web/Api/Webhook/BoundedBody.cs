namespace TtsPanel.Web.Api.Webhook;

/// <summary>Reads a request body up to a size, so a body without (or with a false) Content-Length cannot grow past it.</summary>
internal static class BoundedBody
{
    /// <summary>The whole body, or null as soon as it proves longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        // One byte more than allowed: reading it proves the body too long without reading the rest.
        var buffer = new byte[maxBytes + 1];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0)
                return buffer[..length];
            length += read;
        }

        return null;
    }
}
