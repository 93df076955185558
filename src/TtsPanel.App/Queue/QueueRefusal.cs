namespace TtsPanel.App.Queue;

/// <summary>Why a message was not queued; stable names for the counters, the dashboard and the API.</summary>
public enum QueueRefusal
{
    /// <summary><see cref="QueueOptions.MaxItems"/> unfinished items were waiting.</summary>
    QueueFull,

    /// <summary>Empty, too long, or with characters that are not speech.</summary>
    InvalidText,

    UnknownVoice,

    /// <summary>No speech engine was available.</summary>
    NoEngine,
}
