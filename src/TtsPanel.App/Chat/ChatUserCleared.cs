namespace TtsPanel.App.Chat;

/// <summary>A user was timed out or banned: all of their messages are void (Twitch <c>CLEARCHAT</c> naming a user).</summary>
public sealed record ChatUserCleared : ChatEvent
{
    /// <summary>The user's account id; null when the source does not say.</summary>
    public string? UserId { get; init; }

    /// <summary>The user's login, lowercase.</summary>
    public required string UserLogin { get; init; }

    /// <summary>How long the timeout lasts; null for a permanent ban.</summary>
    public TimeSpan? Duration { get; init; }
}
