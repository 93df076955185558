using System.Globalization;

namespace TtsPanel.App.Chat.Twitch;

/// <summary>
/// Turns Twitch IRC lines into source-neutral <see cref="ChatEvent"/>s. Lines from a plain IRC server (no tags) map too,
/// with the fields Twitch would have put in tags left empty.
/// </summary>
public static class TwitchMessageMapper
{
    public const string Source = "twitch";

    // Twitch's NOTICE texts for a refused PASS/NICK; Twitch closes the connection right after sending one.
    private static readonly string[] LoginNotices = ["Login authentication failed", "Improperly formatted auth", "Login unsuccessful"];

    /// <summary>
    /// The chat event carried by <paramref name="message"/>, or null for anything else (joins, numerics, a USERNOTICE
    /// without text such as a raid, a CTCP other than ACTION).
    /// </summary>
    /// <param name="receivedAt">Used as <see cref="ChatEvent.SentAt"/> when the line has no <c>tmi-sent-ts</c>.</param>
    /// <param name="includeSharedChat">
    /// When false, lines from another channel's room during a Twitch shared-chat session (<c>source-room-id</c> present
    /// and different from <c>room-id</c>) are dropped: the streamer's own mods cannot act on those messages, and reading
    /// a partner channel's chat aloud is not what the streamer set up.
    /// </param>
    public static ChatEvent? Map(IrcMessage message, DateTimeOffset receivedAt, bool includeSharedChat)
    {
        if (message.Parameter(0) is not { Length: > 0 } channel || (!includeSharedChat && IsFromOtherRoom(message)))
            return null;
        channel = channel.ToLowerInvariant();
        var sentAt = SentAt(message, receivedAt);
        return message.Command switch
        {
            "PRIVMSG" => ToChatMessage(message, channel, sentAt, message.Nick, Unwrap(message.Parameter(1)), noticeKind: null),
            "USERNOTICE" when message.Parameter(1) is { Length: > 0 } text =>
                ToChatMessage(message, channel, sentAt, message.Tag("login"), text, message.Tag("msg-id") ?? "usernotice"),
            "CLEARMSG" when message.Tag("target-msg-id") is { Length: > 0 } target => new ChatMessageDeleted
            {
                Source = Source, Channel = channel, SentAt = sentAt, MessageId = target, UserLogin = NullIfEmpty(message.Tag("login")),
            },
            "CLEARCHAT" when message.Parameter(1) is { Length: > 0 } login => new ChatUserCleared
            {
                Source = Source, Channel = channel, SentAt = sentAt, UserLogin = login.ToLowerInvariant(),
                UserId = NullIfEmpty(message.Tag("target-user-id")), Duration = BanDuration(message.Tag("ban-duration")),
            },
            "CLEARCHAT" => new ChatCleared { Source = Source, Channel = channel, SentAt = sentAt },
            _ => null,
        };
    }

    /// <summary>
    /// The reason when <paramref name="message"/> says the login was refused; null otherwise. Twitch sends a NOTICE;
    /// plain IRC servers send 464 (ERR_PASSWDMISMATCH) or an ERROR naming the password (ngircd: <c>Access denied: Bad password?</c>).
    /// </summary>
    public static string? AuthenticationFailure(IrcMessage message)
    {
        var text = message.Parameters.Count > 0 ? message.Parameters[^1] : "";
        return message.Command switch
        {
            "NOTICE" when LoginNotices.Any(n => text.StartsWith(n, StringComparison.OrdinalIgnoreCase)) => text,
            "464" => text.Length > 0 ? text : "Password incorrect",
            "ERROR" when text.Contains("password", StringComparison.OrdinalIgnoreCase) => text,
            _ => null,
        };
    }

    private static ChatMessage? ToChatMessage(IrcMessage message, string channel, DateTimeOffset sentAt, string? login, string? text, string? noticeKind)
    {
        if (text is null || string.IsNullOrEmpty(login))
            return null;
        var badges = Badges(message.Tag("badges"));
        return new ChatMessage
        {
            Source = Source,
            Channel = channel,
            SentAt = sentAt,
            MessageId = NullIfEmpty(message.Tag("id")),
            UserId = NullIfEmpty(message.Tag("user-id")),
            UserLogin = login.ToLowerInvariant(),
            DisplayName = NullIfEmpty(message.Tag("display-name")?.Trim()) ?? login,
            Text = text,
            IsBroadcaster = badges.Contains("broadcaster"),
            IsModerator = badges.Contains("moderator") || message.Tag("mod") == "1",
            IsVip = badges.Contains("vip") || message.Tag("vip") is not null,
            IsSubscriber = badges.Contains("subscriber") || badges.Contains("founder") || message.Tag("subscriber") == "1",
            Bits = int.TryParse(message.Tag("bits"), NumberStyles.None, CultureInfo.InvariantCulture, out var bits) ? bits : 0,
            CustomRewardId = NullIfEmpty(message.Tag("custom-reward-id")),
            IsFirstMessage = message.Tag("first-msg") == "1",
            Emotes = Emotes(message.Tag("emotes")),
            NoticeKind = noticeKind,
            SourceRoomId = IsFromOtherRoom(message) ? message.Tag("source-room-id") : null,
        };
    }

    /// <summary>Badge names from <c>broadcaster/1,subscriber/12</c>.</summary>
    /// <summary>
    /// The <c>emotes</c> tag, <c>id:start-end,start-end/id:start-end</c> with inclusive code-point positions, as ranges
    /// with exclusive ends in text order; malformed entries are skipped (an emote name then is read out, nothing worse).
    /// </summary>
    private static IReadOnlyList<Range>? Emotes(string? tag)
    {
        if (string.IsNullOrEmpty(tag))
            return null;
        var ranges = new List<Range>();
        foreach (var emote in tag.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var positions = emote.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0 ? emote[(colon + 1)..] : "";
            foreach (var position in positions.Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = position.Split('-');
                if (parts.Length == 2
                    && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                    && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
                    && end >= start)
                    ranges.Add(new Range(start, end + 1));
            }
        }

        return ranges.OrderBy(r => r.Start.Value).ToList();
    }

    private static HashSet<string> Badges(string? tag) =>
        string.IsNullOrEmpty(tag) ? [] : tag.Split(',').Select(b => b.Split('/')[0]).ToHashSet(StringComparer.Ordinal);

    /// <summary>A <c>/me</c> arrives as CTCP ACTION; its text is what was written. Any other CTCP is not chat.</summary>
    private static string? Unwrap(string? text)
    {
        const string action = "\u0001ACTION ";
        if (text is null || !text.StartsWith('\u0001'))
            return text;
        return text.StartsWith(action, StringComparison.Ordinal) ? text[action.Length..].TrimEnd('\u0001') : null;
    }

    private static bool IsFromOtherRoom(IrcMessage message) =>
        message.Tag("source-room-id") is { Length: > 0 } sourceRoom && message.Tag("room-id") is { Length: > 0 } room && sourceRoom != room;

    private static DateTimeOffset SentAt(IrcMessage message, DateTimeOffset receivedAt) =>
        long.TryParse(message.Tag("tmi-sent-ts"), NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
        && ms <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds()
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : receivedAt;

    private static TimeSpan? BanDuration(string? tag) =>
        int.TryParse(tag, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? TimeSpan.FromSeconds(seconds) : null;

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
