using Microsoft.Extensions.Options;
using TtsPanel.App.Chat;

namespace TtsPanel.App.Moderation;

/// <summary>
/// Decides, for each chat message, whether it is spoken, ignored, refused or a command, applying
/// <see cref="ModerationOptions"/> in a fixed order: bots and blocked users, commands, triggers, cleaning, content
/// rules, then the throttles (pending cap, cooldown, rate limit, duplicates). Paid messages and those of moderators and
/// the broadcaster skip the throttles: a viewer who paid is never refused for someone else's traffic. Saved settings
/// apply to the next message; the counters carry on, the cooldown, rate and duplicate windows start afresh.
/// </summary>
public sealed class ChatModerator : IDisposable
{
    // Users and texts remembered for cooldowns and duplicates; a flood beyond it forgets the oldest first.
    private const int MaxRemembered = 10_000;
    private const string Key = ModerationOptions.Section;

    private readonly TimeProvider _time;
    private readonly IDisposable? _changes;
    // Chat hosts may call from their own loops (IRC, webhook); the windows below are not thread-safe on their own,
    // and a change of the settings replaces them all at once.
    private readonly Lock _lock = new();
    private ModerationOptions _options = null!;
    private BannedWordList _banned = null!;
    private HashSet<string> _bots = null!;
    private HashSet<string> _blocked = null!;
    private RecentKeys _cooldowns = null!;
    private RecentKeys _recentTexts = null!;
    private RateWindow _rate = null!;

    public ChatModerator(IOptionsMonitor<ModerationOptions> options, TimeProvider time)
    {
        _time = time;
        Apply(options.CurrentValue);
        _changes = options.OnChange((changed, _) => Apply(changed));
    }

    public void Dispose() => _changes?.Dispose();

    private void Apply(ModerationOptions options)
    {
        lock (_lock)
        {
            _options = options;
            _banned = new BannedWordList(options);
            _bots = options.BotAccounts.Select(b => b.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
            _blocked = options.BlockedUsers.Select(b => b.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
            _cooldowns = new RecentKeys(MaxRemembered, TimeSpan.FromSeconds(options.UserCooldownSeconds), _time);
            _recentTexts = new RecentKeys(MaxRemembered, TimeSpan.FromSeconds(options.DuplicateWindowSeconds), _time);
            _rate = new RateWindow(options.RateLimitMessages, TimeSpan.FromSeconds(options.RateLimitWindowSeconds), _time);
        }
    }

    /// <summary>Messages decided so far, by outcome and reason.</summary>
    public ModerationCounters Counters { get; } = new();

    /// <summary>Decides on <paramref name="message"/>; an accepted one counts towards cooldowns, rate and duplicates.</summary>
    /// <param name="pendingForUser">The sender's unfinished items in the queue now.</param>
    /// <param name="userVoice">The voice the sender picked with <c>!voice</c>, if any; carried into the decision.</param>
    public ModerationDecision Moderate(ChatMessage message, int pendingForUser, string? userVoice = null)
    {
        ModerationDecision decision;
        lock (_lock)
            decision = Decide(message, pendingForUser, userVoice);
        switch (decision)
        {
            case MessageAccepted:
                Counters.CountAccepted();
                break;
            case MessageIgnored ignored:
                Counters.Count(ignored.Reason);
                break;
            case MessageRejected rejected:
                Counters.Count(rejected.Reason);
                break;
        }

        return decision;
    }

    private ModerationDecision Decide(ChatMessage message, int pendingForUser, string? userVoice)
    {
        if (_bots.Contains(message.UserLogin))
            return new MessageIgnored(ModerationReason.BotAccount, $"{message.UserLogin} is listed in {Key}:BotAccounts.");
        if (_blocked.Contains(message.UserLogin) || (message.UserId is { } id && _blocked.Contains(id)))
            return new MessageRejected(ModerationReason.BlockedUser, $"{message.UserLogin} is listed in {Key}:BlockedUsers.");

        // Emote positions count in the text as sent, so emotes go before anything else shifts it.
        var hasEmotes = message.Emotes is { Count: > 0 };
        var text = TextCleaner.CollapseWhitespace(TextCleaner.StripInvisible(
            hasEmotes ? TextCleaner.RemoveEmotes(message.Text, message.Emotes!) : message.Text));
        if (ChatCommandParser.Parse(text, out var argument) is { } command)
            return Command(message, command, argument);

        var paidLane = PaidLane(message);
        var spoken = StripCommandPrefix(text);
        if (spoken is null && _options.EffectiveIgnoredPrefixes.Any(p => text.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            return new MessageIgnored(ModerationReason.OtherCommand, "The message is a command for another bot.");
        if (spoken is null && paidLane is null && !_options.Triggers.HasFlag(ChatTriggers.AllMessages))
            return new MessageIgnored(ModerationReason.NotTriggered, $"The message matches none of {Key}:Triggers ({_options.Triggers}).");
        if (paidLane is null && !InAudience(message))
            return new MessageIgnored(ModerationReason.NotInAudience, $"{message.UserLogin} has none of the roles in {Key}:OnlyFrom ({_options.OnlyFrom}).");

        var cleaned = Clean(spoken ?? text, hasEmotes);
        if (cleaned is MessageRejected contentRefusal)
            return contentRefusal;
        var accepted = (MessageAccepted)cleaned;
        var exempt = paidLane is not null || message.IsModerator || message.IsBroadcaster;
        if (!exempt && Throttle(message, pendingForUser, accepted.Text) is { } throttled)
            return throttled;

        _cooldowns.Record(ChatUsers.Key(message));
        _rate.Record();
        _recentTexts.Record(accepted.Text.ToLowerInvariant());
        return accepted with { Lane = Lane(message, paidLane), Voice = userVoice };
    }

    /// <summary>The text to speak as an accepted decision (lane and voice still to set), or the content rule that refuses it.</summary>
    private ModerationDecision Clean(string text, bool hadEmotes)
    {
        if (LinkFinder.Contains(text))
        {
            if (_options.Links == LimitAction.Reject)
                return new MessageRejected(ModerationReason.ContainsLink, $"The message contains a link; {Key}:Links is Reject.");
            text = TextCleaner.CollapseWhitespace(LinkFinder.Remove(text));
        }

        text = TextCleaner.CollapseRepeats(text, _options.MaxRepeatedCharacters);
        if (text.Length == 0)
            return hadEmotes
                ? new MessageRejected(ModerationReason.EmoteOnly, "The message is only emotes.")
                : new MessageRejected(ModerationReason.Empty, "Nothing is left to say once invisible characters and links are removed.");
        var words = text.Split(' ');
        if (words.Length >= 3 && words.All(w => w.Equals(words[0], StringComparison.OrdinalIgnoreCase)))
            return new MessageRejected(ModerationReason.RepeatedWords, $"The message repeats one word {words.Length} times.");

        if (Limit(ref text) is { } overLimit)
            return overLimit;
        if (_banned.FindMatch(text, out var timedOut) is { } entry)
            return timedOut
                ? new MessageRejected(ModerationReason.FilterTimedOut, $"Checking {entry} took longer than {Key}:RegexTimeoutMilliseconds ({_options.RegexTimeoutMilliseconds}).")
                : new MessageRejected(ModerationReason.BannedWord, $"The message matches {entry}.");
        return new MessageAccepted(text, SpeechLane.Ordinary, null);
    }

    private MessageRejected? Limit(ref string text)
    {
        var words = TextLimits.CountWords(text);
        if (words > _options.MaxWords)
        {
            if (_options.OverLimit == LimitAction.Reject)
                return new MessageRejected(ModerationReason.TooManyWords, $"The message has {words} words; {Key}:MaxWords is {_options.MaxWords}.");
            text = TextLimits.TakeWords(text, _options.MaxWords);
        }

        var characters = TextLimits.CountCharacters(text);
        if (characters > _options.MaxCharacters)
        {
            if (_options.OverLimit == LimitAction.Reject)
                return new MessageRejected(ModerationReason.TooManyCharacters, $"The message has {characters} characters; {Key}:MaxCharacters is {_options.MaxCharacters}.");
            text = TextLimits.TakeCharacters(text, _options.MaxCharacters);
        }

        return null;
    }

    private MessageRejected? Throttle(ChatMessage message, int pendingForUser, string text)
    {
        if (pendingForUser >= _options.MaxPendingPerUser)
            return new MessageRejected(ModerationReason.UserPendingLimit,
                $"{message.UserLogin} already has {pendingForUser} messages waiting; {Key}:MaxPendingPerUser is {_options.MaxPendingPerUser}.");
        if (_cooldowns.Since(ChatUsers.Key(message)) is { } since)
            return new MessageRejected(ModerationReason.UserCooldown,
                $"{message.UserLogin} must wait {Seconds(TimeSpan.FromSeconds(_options.UserCooldownSeconds) - since)} s more; {Key}:UserCooldownSeconds is {_options.UserCooldownSeconds}.");
        if (_rate.WaitTime() is var wait && wait > TimeSpan.Zero)
            return new MessageRejected(ModerationReason.RateLimited,
                $"Chat is over {Key}:RateLimitMessages ({_options.RateLimitMessages} per {_options.RateLimitWindowSeconds} s); the next message fits in {Seconds(wait)} s.");
        if (_recentTexts.Since(text.ToLowerInvariant()) is { } ago)
            return new MessageRejected(ModerationReason.Duplicate,
                $"The same text was accepted {Seconds(ago)} s ago; {Key}:DuplicateWindowSeconds is {_options.DuplicateWindowSeconds}.");
        return null;
    }

    private ModerationDecision Command(ChatMessage message, ChatCommand command, string argument)
    {
        if (command == ChatCommand.Voice)
            return argument.Length == 0 || argument.Contains(' ')
                ? new MessageRejected(ModerationReason.InvalidCommand, "Say !voice followed by one voice name, e.g. !voice espeak-ng:en-us.")
                : new CommandIssued(command, argument, message.UserLogin);
        return message.IsModerator || message.IsBroadcaster
            ? new CommandIssued(command, null, message.UserLogin)
            : new MessageRejected(ModerationReason.NotModerator, $"!{command.ToString().ToLowerInvariant()} is for moderators and the broadcaster; {message.UserLogin} is neither.");
    }

    /// <summary>The text after the command prefix (possibly empty), or null when the message does not start with it.</summary>
    private string? StripCommandPrefix(string text)
    {
        if (!_options.Triggers.HasFlag(ChatTriggers.Command) || !text.StartsWith(_options.CommandPrefix, StringComparison.OrdinalIgnoreCase))
            return null;
        var rest = text[_options.CommandPrefix.Length..];
        // "!ttsx" is another command, not "!tts" followed by "x".
        return rest.Length == 0 || rest[0] == ' ' ? rest.TrimStart() : null;
    }

    private SpeechLane? PaidLane(ChatMessage message)
    {
        if (_options.Triggers.HasFlag(ChatTriggers.Bits) && message.Bits >= _options.MinBits)
            return SpeechLane.Bits;
        if (_options.Triggers.HasFlag(ChatTriggers.Reward) && message.CustomRewardId is { } reward
            && string.Equals(reward, _options.RewardId?.Trim(), StringComparison.OrdinalIgnoreCase))
            return SpeechLane.ChannelPoints;
        return null;
    }

    private bool InAudience(ChatMessage message) =>
        _options.OnlyFrom == ChatRoles.None || message.IsBroadcaster
        || (_options.OnlyFrom.HasFlag(ChatRoles.Subscriber) && message.IsSubscriber)
        || (_options.OnlyFrom.HasFlag(ChatRoles.Vip) && message.IsVip)
        || (_options.OnlyFrom.HasFlag(ChatRoles.Moderator) && message.IsModerator);

    private SpeechLane Lane(ChatMessage message, SpeechLane? paidLane) =>
        !_options.PriorityLanes ? SpeechLane.Ordinary
        : paidLane ?? (message.IsModerator || message.IsBroadcaster ? SpeechLane.Moderator : SpeechLane.Ordinary);

    private static int Seconds(TimeSpan time) => (int)Math.Ceiling(time.TotalSeconds);
}
