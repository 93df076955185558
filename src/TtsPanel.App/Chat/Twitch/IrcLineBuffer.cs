using System.Text;

namespace TtsPanel.App.Chat.Twitch;

/// <summary>
/// Splits received bytes into IRC lines inside one fixed buffer of <see cref="MaxLineBytes"/>: a line that does not fit
/// is dropped up to its end and reported through <see cref="LastLineTooLong"/>, so no input grows memory. Both
/// transports fill it (the TCP stream, the WebSocket's frames), so they bound and decode lines the same way.
/// </summary>
internal sealed class IrcLineBuffer
{
    /// <summary>Twitch allows 8 KiB of tags plus a 512-byte message; a longer line is hostile and is skipped.</summary>
    public const int MaxLineBytes = 16 * 1024;

    private readonly byte[] _buffer = new byte[MaxLineBytes];
    private int _start;
    private int _end;
    private bool _discarding;

    /// <summary>True when the line just taken was longer than <see cref="MaxLineBytes"/> and was dropped (it reads as empty).</summary>
    public bool LastLineTooLong { get; private set; }

    /// <summary>Takes the next LF-terminated line held in the buffer; false when more bytes are needed.</summary>
    public bool TryTakeLine(out string line)
    {
        var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
        if (newline < 0)
        {
            line = "";
            return false;
        }

        line = Take(newline);
        _start = newline + 1;
        return true;
    }

    /// <summary>
    /// Ends the line in progress where the transport says a line ends without a line end (a WebSocket message's end):
    /// takes the bytes held as a line, or returns false when none are held (the message ended with CRLF).
    /// </summary>
    public bool TryTakeRest(out string line)
    {
        if (!_discarding && _end == _start)
        {
            line = "";
            return false;
        }

        line = Take(_end);
        _start = _end = 0;
        return LastLineTooLong || line.Length > 0;
    }

    /// <summary>The free space to receive into; never empty. A full buffer without a line end is dropped here.</summary>
    public Memory<byte> FreeSpace()
    {
        if (_end - _start == _buffer.Length)
        {
            // A full buffer without a line end: drop it all and keep dropping up to the next line end.
            _discarding = true;
            _start = _end = 0;
        }
        else if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        return _buffer.AsMemory(_end);
    }

    /// <summary>Counts <paramref name="count"/> bytes just received into <see cref="FreeSpace"/>.</summary>
    public void Commit(int count) => _end += count;

    /// <summary>The UTF-8 bytes of one line to send, followed by <paramref name="lineEnd"/>; a line holding CR or LF is refused.</summary>
    public static byte[] Encode(string line, string lineEnd)
    {
        // CR or LF inside would let the text smuggle a second command onto the wire.
        if (line.AsSpan().IndexOfAny('\r', '\n') >= 0)
            throw new ArgumentException("An IRC line must not contain CR or LF.", nameof(line));
        return Encoding.UTF8.GetBytes(line + lineEnd);
    }

    private string Take(int lineEnd)
    {
        // Bytes that are not UTF-8 become U+FFFD rather than costing the whole line: IRC's framing is ASCII, so the
        // line still parses, and the moderator drops U+FFFD from the text before it is spoken.
        var line = _discarding ? "" : Encoding.UTF8.GetString(_buffer, _start, lineEnd - _start).TrimEnd('\r');
        LastLineTooLong = _discarding;
        _discarding = false;
        return line;
    }
}
