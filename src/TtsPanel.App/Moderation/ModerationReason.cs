namespace TtsPanel.App.Moderation;

/// <summary>Why a chat message is not spoken; stable names for counters, logs and the API.</summary>
public enum ModerationReason
{
    // Ignored: the message was not meant for the panel.

    /// <summary>No trigger matched (not <c>!tts</c>, too few bits, another reward).</summary>
    NotTriggered,

    /// <summary>A command for another bot (<c>!lurk</c>).</summary>
    OtherCommand,

    /// <summary>Sent by a listed bot account.</summary>
    BotAccount,

    /// <summary>The sender lacks the roles in <see cref="ModerationOptions.OnlyFrom"/>.</summary>
    NotInAudience,

    // Rejected: the message was meant for the panel and refused.

    BlockedUser,

    /// <summary>Nothing left to say once invisible characters, links and emotes are removed.</summary>
    Empty,

    /// <summary>Only emotes.</summary>
    EmoteOnly,

    /// <summary>One word repeated, e.g. <c>LUL LUL LUL</c>.</summary>
    RepeatedWords,

    ContainsLink,

    TooManyCharacters,

    TooManyWords,

    BannedWord,

    /// <summary>A banned-word check ran out of time; refused to be safe.</summary>
    FilterTimedOut,

    /// <summary>The sender already has <see cref="ModerationOptions.MaxPendingPerUser"/> unfinished items.</summary>
    UserPendingLimit,

    UserCooldown,

    /// <summary>Chat as a whole is over <see cref="ModerationOptions.RateLimitMessages"/>.</summary>
    RateLimited,

    Duplicate,

    /// <summary>A moderator command from someone who is not one.</summary>
    NotModerator,

    /// <summary>A command without what it needs, e.g. <c>!voice</c> with no name.</summary>
    InvalidCommand,
}

/// <summary>Which reasons mean "not meant for the panel" rather than "refused".</summary>
public static class ModerationReasonExtensions
{
    /// <summary>True for the reasons a message is ignored (no trigger, another bot's command, a bot, not in the audience).</summary>
    public static bool IsIgnored(this ModerationReason reason) =>
        reason is ModerationReason.NotTriggered or ModerationReason.OtherCommand or ModerationReason.BotAccount
            or ModerationReason.NotInAudience;
}
