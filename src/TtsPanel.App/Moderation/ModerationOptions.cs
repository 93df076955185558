namespace TtsPanel.App.Moderation;

/// <summary>Which chat messages are spoken and how they are cleaned first (section <c>Moderation</c>).</summary>
public sealed class ModerationOptions
{
    public const string Section = "Moderation";

    /// <summary>What makes a message one to speak; any match is enough. Default <c>Command, Bits</c>.</summary>
    public ChatTriggers Triggers { get; set; } = ChatTriggers.Command | ChatTriggers.Bits;

    /// <summary>Prefix for <see cref="ChatTriggers.Command"/>, followed by a space and the text. Default <c>!tts</c>.</summary>
    public string CommandPrefix { get; set; } = "!tts";

    /// <summary>Fewest bits that trigger <see cref="ChatTriggers.Bits"/>. Default 100.</summary>
    public int MinBits { get; set; } = 100;

    /// <summary>The channel-points reward id for <see cref="ChatTriggers.Reward"/>, required with it. Default none.</summary>
    public string? RewardId { get; set; }

    /// <summary>
    /// Roles a sender needs, any one of them, for free messages; <c>None</c> (default) lets everyone speak. Bits and
    /// reward messages are spoken whoever sends them: the viewer paid.
    /// </summary>
    public ChatRoles OnlyFrom { get; set; } = ChatRoles.None;

    /// <summary>Messages starting with any of these, other than the panel's own commands, are ignored. Default <c>!</c>.</summary>
    public List<string> IgnoredPrefixes { get; set; } = [];

    /// <summary>Bot logins whose messages are ignored, any case. Default none.</summary>
    public List<string> BotAccounts { get; set; } = [];

    /// <summary>Logins or account ids whose messages are refused, any case. Default none.</summary>
    public List<string> BlockedUsers { get; set; } = [];

    /// <summary>Longest text spoken, in characters (Unicode code points). Default 300.</summary>
    public int MaxCharacters { get; set; } = 300;

    /// <summary>Most words spoken. Default 60.</summary>
    public int MaxWords { get; set; } = 60;

    /// <summary>Whether a message over a length limit is cut to it or refused. Default <c>Trim</c>.</summary>
    public LimitAction OverLimit { get; set; } = LimitAction.Trim;

    /// <summary>Whether links are removed from a message or the message refused. Default <c>Trim</c> (removed).</summary>
    public LimitAction Links { get; set; } = LimitAction.Trim;

    /// <summary>Words and phrases that refuse a message, any case. Default none.</summary>
    public List<string> BannedWords { get; set; } = [];

    /// <summary>Whether <see cref="BannedWords"/> match whole words only ("ass" not in "class"). Default true.</summary>
    public bool BannedWholeWordsOnly { get; set; } = true;

    /// <summary>.NET regular expressions that refuse a message, matched ignoring case. Default none.</summary>
    public List<string> BannedPatterns { get; set; } = [];

    /// <summary>Longest a banned-word check may run, in milliseconds; a check that runs out refuses the message. Default 100.</summary>
    public int RegexTimeoutMilliseconds { get; set; } = 100;

    /// <summary>Longest run of one repeated character kept ("soooooo" → "sooo"); digits are never shortened. Default 3.</summary>
    public int MaxRepeatedCharacters { get; set; } = 3;

    /// <summary>Seconds a viewer waits between spoken messages; 0 turns it off. Default 30.</summary>
    public int UserCooldownSeconds { get; set; } = 30;

    /// <summary>Most unfinished items one viewer may have in the queue. Default 3.</summary>
    public int MaxPendingPerUser { get; set; } = 3;

    /// <summary>Most messages accepted from chat per <see cref="RateLimitWindowSeconds"/>. Default 20.</summary>
    public int RateLimitMessages { get; set; } = 20;

    /// <summary>Length of the global rate-limit window, in seconds. Default 60.</summary>
    public int RateLimitWindowSeconds { get; set; } = 60;

    /// <summary>Seconds during which the same text (any case) is not accepted again; 0 turns it off. Default 120.</summary>
    public int DuplicateWindowSeconds { get; set; } = 120;

    /// <summary>Whether bits, channel-points and moderator messages go ahead of ordinary ones. Default true.</summary>
    public bool PriorityLanes { get; set; } = true;

    /// <summary>The prefixes in effect: <see cref="IgnoredPrefixes"/>, or <c>!</c> when none are set.</summary>
    /// <remarks>Binding appends to a list's initial items, so the default lives here rather than in the initialiser.</remarks>
    public IReadOnlyList<string> EffectiveIgnoredPrefixes => IgnoredPrefixes.Count > 0 ? IgnoredPrefixes : ["!"];
}
