namespace TtsPanel.App.Chat.Twitch;

/// <summary>Connection to Twitch chat over IRC (section <c>Chat:Twitch</c>).</summary>
public sealed class TwitchOptions
{
    public const string Section = "Chat:Twitch";

    /// <summary>
    /// Whether the panel reads Twitch chat. Default false: a client runs, and the settings below are checked, only
    /// when it is true.
    /// </summary>
    public bool Enabled { get; set; }

    /// <summary>How to reach the chat: <see cref="TwitchTransport.Tcp"/> (default, to <see cref="Host"/>) or <see cref="TwitchTransport.WebSocket"/> (to <see cref="WebSocketUrl"/>).</summary>
    public TwitchTransport Transport { get; set; } = TwitchTransport.Tcp;

    /// <summary>The chat's WebSocket endpoint, used with <see cref="TwitchTransport.WebSocket"/>. Default <c>wss://irc-ws.chat.twitch.tv:443</c>.</summary>
    public string WebSocketUrl { get; set; } = "wss://irc-ws.chat.twitch.tv:443";

    /// <summary>IRC server for <see cref="TwitchTransport.Tcp"/>. Default <c>irc.chat.twitch.tv</c>.</summary>
    public string Host { get; set; } = "irc.chat.twitch.tv";

    /// <summary>IRC port. Default 6697 (TLS); Twitch's plain-text port is 6667.</summary>
    public int Port { get; set; } = 6697;

    /// <summary>Whether to speak TLS to <see cref="Host"/>. Default true.</summary>
    public bool UseTls { get; set; } = true;

    /// <summary>The bot account's login; none (default) reads anonymously as <c>justinfan</c> plus random digits.</summary>
    public string? Login { get; set; }

    /// <summary>The bot account's OAuth token, with or without <c>oauth:</c>; required with <see cref="Login"/>. Never logged.</summary>
    public string? OAuthToken { get; set; }

    /// <summary>Channels to read, with or without a leading '#', any case. At least one, at most 20.</summary>
    public List<string> Channels { get; set; } = [];

    /// <summary>Seconds without any line from the server before the client sends its own PING. Default 60.</summary>
    public int SilenceBeforePingSeconds { get; set; } = 60;

    /// <summary>Seconds to wait for any line after that PING before the connection counts as dead. Default 10.</summary>
    public int PongTimeoutSeconds { get; set; } = 10;

    /// <summary>Seconds allowed for the TCP connection and TLS handshake (or the WebSocket's opening handshake). Default 10.</summary>
    public int ConnectTimeoutSeconds { get; set; } = 10;

    /// <summary>First reconnect delay in milliseconds; it doubles per failed attempt, with jitter. Default 1000.</summary>
    public int ReconnectMinDelayMs { get; set; } = 1_000;

    /// <summary>Longest reconnect delay in milliseconds. Default 60000.</summary>
    public int ReconnectMaxDelayMs { get; set; } = 60_000;

    /// <summary>Message ids remembered to drop a message delivered twice (e.g. across a reconnect). Default 1000.</summary>
    public int DedupeCapacity { get; set; } = 1_000;

    /// <summary>Seconds a message id is remembered. Default 600.</summary>
    public int DedupeWindowSeconds { get; set; } = 600;

    /// <summary>Chat events held for the reader; beyond it events are dropped and counted. Default 10000.</summary>
    public int EventBufferCapacity { get; set; } = 10_000;

    /// <summary>Whether messages from partner channels in a Twitch shared-chat session are read too. Default false.</summary>
    public bool IncludeSharedChat { get; set; }

    /// <summary>The channel as IRC names it: trimmed, lowercase, with one leading '#'.</summary>
    public static string NormaliseChannel(string channel) => "#" + channel.Trim().TrimStart('#').ToLowerInvariant();
}
