namespace TtsPanel.App.Chat;

/// <summary>Something that happened in a chat, whatever its source: a message, or a moderator acting on messages.</summary>
public abstract record ChatEvent
{
    /// <summary>Where it came from, e.g. <c>twitch</c>.</summary>
    public required string Source { get; init; }

    /// <summary>The chat it happened in, as the source names it (Twitch: <c>#channel</c>, lowercase).</summary>
    public required string Channel { get; init; }

    /// <summary>When the source says it happened; the time it was received when the source does not say.</summary>
    public required DateTimeOffset SentAt { get; init; }
}
