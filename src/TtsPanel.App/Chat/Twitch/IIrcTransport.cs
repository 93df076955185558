namespace TtsPanel.App.Chat.Twitch;

/// <summary>
/// One connection carrying IRC lines, over TCP (<see cref="TcpIrcTransport"/>) or a WebSocket
/// (<see cref="WebSocketIrcTransport"/>). Lines are bounded by <see cref="IrcLineBuffer.MaxLineBytes"/>; a broken
/// connection surfaces as an <see cref="IOException"/>, whatever the transport, so the client treats both alike.
/// </summary>
internal interface IIrcTransport : IAsyncDisposable
{
    /// <summary>True when the line just returned by <see cref="ReadLineAsync"/> was longer than <see cref="IrcLineBuffer.MaxLineBytes"/> and was dropped.</summary>
    bool LastLineTooLong { get; }

    /// <summary>The next line without its line ending (invalid UTF-8 decoded as U+FFFD), or null once the server closed the connection.</summary>
    Task<string?> ReadLineAsync(CancellationToken cancellationToken);

    /// <summary>Sends one whole line (the line ending is added); concurrent callers are served one at a time.</summary>
    Task WriteLineAsync(string line, CancellationToken cancellationToken);
}
