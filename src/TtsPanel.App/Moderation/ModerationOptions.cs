using System.ComponentModel.DataAnnotations;

namespace TtsPanel.App.Moderation;

/// <summary>Which chat messages are spoken and how they are cleaned first (section <c>Moderation</c>).</summary>
public sealed class ModerationOptions
{
    public const string Section = "Moderation";

    /// <summary>What makes a message one to speak; any match is enough. Default <c>Command, Bits</c>.</summary>
    [Display(Name = "What gets spoken", Description = "Any of AllMessages, Command, Bits, Reward, comma-separated. Default Command, Bits.")]
    public ChatTriggers Triggers { get; set; } = ChatTriggers.Command | ChatTriggers.Bits;

    /// <summary>Prefix for <see cref="ChatTriggers.Command"/>, followed by a space and the text. Default <c>!tts</c>.</summary>
    [Display(Name = "Command prefix", Description = "For the Command trigger, e.g. '!tts hello'; the prefix is not spoken. Default !tts.")]
    public string CommandPrefix { get; set; } = "!tts";

    /// <summary>Fewest bits that trigger <see cref="ChatTriggers.Bits"/>. Default 100.</summary>
    [Display(Name = "Fewest bits", Description = "For the Bits trigger; 1–1000000, default 100.")]
    public int MinBits { get; set; } = 100;

    /// <summary>The channel-points reward id for <see cref="ChatTriggers.Reward"/>, required with it. Default none.</summary>
    [Display(Name = "Channel-points reward id", Description = "For the Reward trigger, required with it. Default none.")]
    public string? RewardId { get; set; }

    /// <summary>
    /// Roles a sender needs, any one of them, for free messages; <c>None</c> (default) lets everyone speak. Bits and
    /// reward messages are spoken whoever sends them: the viewer paid.
    /// </summary>
    [Display(Name = "Free messages only from", Description = "Any of Subscriber, Vip, Moderator; None lets everyone speak. Bits and rewards always speak. Default None.")]
    public ChatRoles OnlyFrom { get; set; } = ChatRoles.None;

    /// <summary>Messages starting with any of these, other than the panel's own commands, are ignored. Default <c>!</c>.</summary>
    [Display(Name = "Ignored prefixes", Description = "One per line; messages starting with one (other than the panel's commands) are ignored. Default !.")]
    public List<string> IgnoredPrefixes { get; set; } = [];

    /// <summary>Bot logins whose messages are ignored, any case. Default none.</summary>
    [Display(Name = "Bot accounts", Description = "One login per line; their messages are ignored. Default none.")]
    public List<string> BotAccounts { get; set; } = [];

    /// <summary>Logins or account ids whose messages are refused, any case. Default none.</summary>
    [Display(Name = "Blocked viewers", Description = "One login or account id per line; their messages are refused. Default none.")]
    public List<string> BlockedUsers { get; set; } = [];

    /// <summary>Longest text spoken, in characters (Unicode code points). Default 300.</summary>
    [Display(Name = "Longest message (characters)", Description = "Longer text is trimmed or the message refused (Over the limit); 1–5000, default 300.")]
    public int MaxCharacters { get; set; } = 300;

    /// <summary>Most words spoken. Default 60.</summary>
    [Display(Name = "Longest message (words)", Description = "More words are trimmed or the message refused (Over the limit); 1–1000, default 60.")]
    public int MaxWords { get; set; } = 60;

    /// <summary>Whether a message over a length limit is cut to it or refused. Default <c>Trim</c>.</summary>
    [Display(Name = "Over the limit", Description = "Trim a message to the length limits or Reject it. Default Trim.")]
    public LimitAction OverLimit { get; set; } = LimitAction.Trim;

    /// <summary>Whether links are removed from a message or the message refused. Default <c>Trim</c> (removed).</summary>
    [Display(Name = "Links", Description = "Trim (remove) links or Reject the message. Default Trim.")]
    public LimitAction Links { get; set; } = LimitAction.Trim;

    /// <summary>Words and phrases that refuse a message, any case. Default none.</summary>
    [Display(Name = "Banned words", Description = "One word or phrase per line, any case; a message with one is refused. Default none.")]
    public List<string> BannedWords { get; set; } = [];

    /// <summary>Whether <see cref="BannedWords"/> match whole words only ("ass" not in "class"). Default true.</summary>
    [Display(Name = "Banned words match whole words only", Description = "On: 'ass' does not match 'class'. Default on.")]
    public bool BannedWholeWordsOnly { get; set; } = true;

    /// <summary>.NET regular expressions that refuse a message, matched ignoring case. Default none.</summary>
    [Display(Name = "Banned patterns", Description = "One .NET regular expression per line, any case; a match refuses the message. Default none.")]
    public List<string> BannedPatterns { get; set; } = [];

    /// <summary>Longest a banned-word check may run, in milliseconds; a check that runs out refuses the message. Default 100.</summary>
    [Display(Name = "Banned-word check timeout (ms)", Description = "A check that runs longer refuses the message; 1–1000, default 100.")]
    public int RegexTimeoutMilliseconds { get; set; } = 100;

    /// <summary>Longest run of one repeated character kept ("soooooo" → "sooo"); digits are never shortened. Default 3.</summary>
    [Display(Name = "Longest repeated-character run", Description = "Longer runs are shortened, soooooo → sooo; digits are kept; 1–100, default 3.")]
    public int MaxRepeatedCharacters { get; set; } = 3;

    /// <summary>Seconds a viewer waits between spoken messages; 0 turns it off. Default 30.</summary>
    [Display(Name = "Viewer cooldown (seconds)", Description = "Wait between one viewer's spoken messages; 0–3600, default 30 (0 is off).")]
    public int UserCooldownSeconds { get; set; } = 30;

    /// <summary>Most unfinished items one viewer may have in the queue. Default 3.</summary>
    [Display(Name = "Waiting messages per viewer", Description = "Most unfinished messages one viewer may have queued; 1–100, default 3.")]
    public int MaxPendingPerUser { get; set; } = 3;

    /// <summary>Most messages accepted from chat per <see cref="RateLimitWindowSeconds"/>. Default 20.</summary>
    [Display(Name = "Chat messages per window", Description = "Most chat messages accepted per rate-limit window; 1–1000, default 20.")]
    public int RateLimitMessages { get; set; } = 20;

    /// <summary>Length of the global rate-limit window, in seconds. Default 60.</summary>
    [Display(Name = "Rate-limit window (seconds)", Description = "1–3600, default 60.")]
    public int RateLimitWindowSeconds { get; set; } = 60;

    /// <summary>Seconds during which the same text (any case) is not accepted again; 0 turns it off. Default 120.</summary>
    [Display(Name = "Duplicate window (seconds)", Description = "The same text is refused again within this time; 0–86400, default 120 (0 is off).")]
    public int DuplicateWindowSeconds { get; set; } = 120;

    /// <summary>Whether bits, channel-points and moderator messages go ahead of ordinary ones. Default true.</summary>
    [Display(Name = "Priority lanes", Description = "Bits, then channel points, then moderators go ahead of ordinary messages. Default on.")]
    public bool PriorityLanes { get; set; } = true;

    /// <summary>The prefixes in effect: <see cref="IgnoredPrefixes"/>, or <c>!</c> when none are set.</summary>
    /// <remarks>Binding appends to a list's initial items, so the default lives here rather than in the initialiser.</remarks>
    public IReadOnlyList<string> EffectiveIgnoredPrefixes => IgnoredPrefixes.Count > 0 ? IgnoredPrefixes : ["!"];
}
