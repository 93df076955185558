namespace TtsPanel.App.Chat;

/// <summary>Where a chat source's connection stands.</summary>
public enum ChatSourceState
{
    /// <summary>Not running: not started yet, or stopped by the streamer.</summary>
    Stopped,

    /// <summary>Opening the connection, logging in and joining.</summary>
    Connecting,

    /// <summary>Logged in and in every configured channel.</summary>
    Connected,

    /// <summary>The connection was lost; waiting before the next attempt.</summary>
    Reconnecting,

    /// <summary>Stopped for good until the settings change, e.g. the login was refused.</summary>
    Failed,
}
