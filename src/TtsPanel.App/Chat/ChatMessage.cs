namespace TtsPanel.App.Chat;

/// <summary>A chat message that could be spoken, with what moderation needs to know about its sender.</summary>
public sealed record ChatMessage : ChatEvent
{
    /// <summary>The source's id for this message; null when the source gives none (plain IRC), so it cannot be deduplicated or deleted.</summary>
    public string? MessageId { get; init; }

    /// <summary>The sender's stable account id; null when the source gives none.</summary>
    public string? UserId { get; init; }

    /// <summary>The sender's login name, lowercase.</summary>
    public required string UserLogin { get; init; }

    /// <summary>The sender's name as shown in chat; the login when the source gives none.</summary>
    public required string DisplayName { get; init; }

    /// <summary>The message text as written (a <c>/me</c> action without its CTCP wrapper).</summary>
    public required string Text { get; init; }

    public bool IsBroadcaster { get; init; }

    public bool IsModerator { get; init; }

    public bool IsVip { get; init; }

    public bool IsSubscriber { get; init; }

    /// <summary>Bits cheered with this message; 0 when none.</summary>
    public int Bits { get; init; }

    /// <summary>The channel-points reward redeemed with this message; null when none.</summary>
    public string? CustomRewardId { get; init; }

    /// <summary>True for the sender's first message in this channel.</summary>
    public bool IsFirstMessage { get; init; }

    /// <summary>For a message that came with an event (Twitch USERNOTICE: <c>resub</c>, <c>sub</c>, …), its kind; null for ordinary chat.</summary>
    public string? NoticeKind { get; init; }

    /// <summary>
    /// Where emotes sit in <see cref="Text"/>, as code-point ranges (end exclusive), the way Twitch's <c>emotes</c> tag
    /// counts them; null when the source does not say. Moderation removes emotes so their names are not read aloud and
    /// an emote-only message is recognised.
    /// </summary>
    public IReadOnlyList<Range>? Emotes { get; init; }

    /// <summary>The room the message was sent in when it differs from <see cref="ChatEvent.Channel"/>'s (Twitch shared chat); null otherwise.</summary>
    public string? SourceRoomId { get; init; }
}
