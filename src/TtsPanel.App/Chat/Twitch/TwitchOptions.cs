using System.ComponentModel.DataAnnotations;

namespace TtsPanel.App.Chat.Twitch;

/// <summary>Connection to Twitch chat over IRC (section <c>Chat:Twitch</c>).</summary>
public sealed class TwitchOptions
{
    public const string Section = "Chat:Twitch";

    /// <summary>
    /// Whether the panel reads Twitch chat. Default false: a client runs, and the settings below are checked, only
    /// when it is true.
    /// </summary>
    [Display(Name = "Read Twitch chat", Description = "Connects or disconnects at once; the other Twitch settings are checked only when on. Default off.")]
    public bool Enabled { get; set; }

    /// <summary>How to reach the chat: <see cref="TwitchTransport.Tcp"/> (default, to <see cref="Host"/>) or <see cref="TwitchTransport.WebSocket"/> (to <see cref="WebSocketUrl"/>).</summary>
    [Display(Name = "Connection type", Description = "Tcp: IRC to the server and port below; WebSocket: IRC over the WebSocket address (for networks that only let HTTPS out). Default Tcp.")]
    public TwitchTransport Transport { get; set; } = TwitchTransport.Tcp;

    /// <summary>The chat's WebSocket endpoint, used with <see cref="TwitchTransport.WebSocket"/>. Default <c>wss://irc-ws.chat.twitch.tv:443</c>.</summary>
    [Display(Name = "WebSocket address", Description = "Used with the WebSocket connection type; an absolute ws:// or wss:// address. Default wss://irc-ws.chat.twitch.tv:443.")]
    public string WebSocketUrl { get; set; } = "wss://irc-ws.chat.twitch.tv:443";

    /// <summary>IRC server for <see cref="TwitchTransport.Tcp"/>. Default <c>irc.chat.twitch.tv</c>.</summary>
    [Display(Name = "IRC server", Description = "Used with the Tcp connection type. Default irc.chat.twitch.tv.")]
    public string Host { get; set; } = "irc.chat.twitch.tv";

    /// <summary>IRC port. Default 6697 (TLS); Twitch's plain-text port is 6667.</summary>
    [Display(Name = "IRC port", Description = "1–65535, default 6697 (TLS); Twitch's plain-text port is 6667.")]
    public int Port { get; set; } = 6697;

    /// <summary>Whether to speak TLS to <see cref="Host"/>. Default true.</summary>
    [Display(Name = "Use TLS (encrypted)", Description = "Speak TLS to the IRC server. Default on.")]
    public bool UseTls { get; set; } = true;

    /// <summary>The bot account's login; none (default) reads anonymously as <c>justinfan</c> plus random digits.</summary>
    [Display(Name = "Bot account login", Description = "Empty reads chat anonymously; set it (with the token) to read as your bot account. Default none.")]
    public string? Login { get; set; }

    /// <summary>The bot account's OAuth token, with or without <c>oauth:</c>; required with <see cref="Login"/>. Never logged.</summary>
    [Display(Name = "Bot account OAuth token", Description = "Required with a login, with or without 'oauth:'; stored protected, shown masked, never logged.")]
    public string? OAuthToken { get; set; }

    /// <summary>Channels to read, with or without a leading '#', any case. At least one, at most 20.</summary>
    [Display(Name = "Channels to read", Description = "One channel per line, with or without '#'; 1–20 channels.")]
    public List<string> Channels { get; set; } = [];

    /// <summary>Seconds without any line from the server before the client sends its own PING. Default 60.</summary>
    [Display(Name = "Silence before a ping (seconds)", Description = "The panel pings the server after this long without a line; 1–600, default 60.")]
    public int SilenceBeforePingSeconds { get; set; } = 60;

    /// <summary>Seconds to wait for any line after that PING before the connection counts as dead. Default 10.</summary>
    [Display(Name = "Ping answer timeout (seconds)", Description = "No answer by then and the connection counts as dead and reconnects; 1–120, default 10.")]
    public int PongTimeoutSeconds { get; set; } = 10;

    /// <summary>Seconds allowed for the TCP connection and TLS handshake (or the WebSocket's opening handshake). Default 10.</summary>
    [Display(Name = "Connect timeout (seconds)", Description = "Time allowed to connect and shake hands; 1–120, default 10.")]
    public int ConnectTimeoutSeconds { get; set; } = 10;

    /// <summary>First reconnect delay in milliseconds; it doubles per failed attempt, with jitter. Default 1000.</summary>
    [Display(Name = "First reconnect delay (ms)", Description = "Doubles per failed attempt, with jitter; 10–60000, default 1000.")]
    public int ReconnectMinDelayMs { get; set; } = 1_000;

    /// <summary>Longest reconnect delay in milliseconds. Default 60000.</summary>
    [Display(Name = "Longest reconnect delay (ms)", Description = "At least the first delay; 10–600000, default 60000.")]
    public int ReconnectMaxDelayMs { get; set; } = 60_000;

    /// <summary>Message ids remembered to drop a message delivered twice (e.g. across a reconnect). Default 1000.</summary>
    [Display(Name = "Message ids remembered", Description = "To drop a message delivered twice, e.g. across a reconnect; 1–100000, default 1000.")]
    public int DedupeCapacity { get; set; } = 1_000;

    /// <summary>Seconds a message id is remembered. Default 600.</summary>
    [Display(Name = "Message id memory (seconds)", Description = "How long an id is remembered; 1–86400, default 600.")]
    public int DedupeWindowSeconds { get; set; } = 600;

    /// <summary>Chat events held for the reader; beyond it events are dropped and counted. Default 10000.</summary>
    [Display(Name = "Chat events buffered", Description = "Events waiting for the panel; more are dropped and counted; 1–1000000, default 10000.")]
    public int EventBufferCapacity { get; set; } = 10_000;

    /// <summary>Whether messages from partner channels in a Twitch shared-chat session are read too. Default false.</summary>
    [Display(Name = "Read shared chat", Description = "Also read partner channels' messages in a shared-chat session. Default off.")]
    public bool IncludeSharedChat { get; set; }

    /// <summary>The channel as IRC names it: trimmed, lowercase, with one leading '#'.</summary>
    public static string NormaliseChannel(string channel) => "#" + channel.Trim().TrimStart('#').ToLowerInvariant();
}
