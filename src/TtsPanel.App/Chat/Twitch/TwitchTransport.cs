namespace TtsPanel.App.Chat.Twitch;

/// <summary>How the client reaches Twitch chat (<c>Chat:Twitch:Transport</c>).</summary>
public enum TwitchTransport
{
    /// <summary>IRC over TCP to <see cref="TwitchOptions.Host"/>:<see cref="TwitchOptions.Port"/>, TLS when <see cref="TwitchOptions.UseTls"/>.</summary>
    Tcp,

    /// <summary>IRC over a WebSocket to <see cref="TwitchOptions.WebSocketUrl"/>, for networks that only let HTTPS out.</summary>
    WebSocket,
}
