using System.Text.Json;

namespace TtsPanel.App.Chat.YouTube;

/// <summary>
/// Turns YouTube <c>liveChatMessage</c> resources into source-neutral <see cref="ChatEvent"/>s. YouTube has no logins:
/// the author's channel id is the stable identity, so it is both <see cref="ChatMessage.UserId"/> and (lowercase)
/// <see cref="ChatMessage.UserLogin"/>, and a ban names the same values, so the two match in the queue.
/// </summary>
public static class YouTubeMessageMapper
{
    public const string Source = "youtube";

    /// <summary>The item type YouTube sends once the chat has ended.</summary>
    public const string ChatEndedType = "chatEndedEvent";

    /// <summary>
    /// The chat event carried by <paramref name="item"/>, or null for a type the panel does not read (polls, gifts,
    /// tombstones) or an item lacking what its type needs (an author, a text, a target).
    /// </summary>
    /// <param name="tierBits">Bits per Super Chat tier, tier 1 first (<see cref="YouTubeOptions.SuperChatTierBits"/>).</param>
    /// <param name="receivedAt">Used as <see cref="ChatEvent.SentAt"/> when the item has no <c>publishedAt</c>.</param>
    public static ChatEvent? Map(JsonElement item, IReadOnlyList<int> tierBits, DateTimeOffset receivedAt)
    {
        var channel = YouTubeJson.String(item, "snippet", "liveChatId") ?? "";
        var sentAt = YouTubeJson.Time(item, "snippet", "publishedAt") ?? receivedAt;
        return YouTubeJson.String(item, "snippet", "type") switch
        {
            "textMessageEvent" => Message(item, channel, sentAt, YouTubeJson.String(item, "snippet", "textMessageDetails", "messageText")),
            "superChatEvent" => Message(item, channel, sentAt, YouTubeJson.String(item, "snippet", "superChatDetails", "userComment") ?? "") is { } message
                ? message with { Bits = Bits(item, "superChatDetails", tierBits), NoticeKind = "superChat" }
                : null,
            "superStickerEvent" => Message(item, channel, sentAt, YouTubeJson.String(item, "snippet", "superStickerDetails", "superStickerMetadata", "altText") ?? "") is { } sticker
                ? sticker with { Bits = Bits(item, "superStickerDetails", tierBits), NoticeKind = "superSticker" }
                : null,
            // A new member says nothing; YouTube's own line ("Welcome to …!") is what chat shows.
            "newSponsorEvent" => Message(item, channel, sentAt, YouTubeJson.String(item, "snippet", "displayMessage") ?? "") is { } member
                ? member with { IsSubscriber = true, NoticeKind = YouTubeJson.Bool(item, "snippet", "newSponsorDetails", "isUpgrade") ? "membershipUpgrade" : "newMember" }
                : null,
            "memberMilestoneChatEvent" => Message(item, channel, sentAt, YouTubeJson.String(item, "snippet", "memberMilestoneChatDetails", "userComment") ?? "") is { } milestone
                ? milestone with { IsSubscriber = true, NoticeKind = "memberMilestone" }
                : null,
            "messageDeletedEvent" when YouTubeJson.String(item, "snippet", "messageDeletedDetails", "deletedMessageId") is { Length: > 0 } target =>
                new ChatMessageDeleted { Source = Source, Channel = channel, SentAt = sentAt, MessageId = target },
            "userBannedEvent" when YouTubeJson.String(item, "snippet", "userBannedDetails", "bannedUserDetails", "channelId") is { Length: > 0 } banned =>
                new ChatUserCleared
                {
                    Source = Source, Channel = channel, SentAt = sentAt, UserId = banned, UserLogin = banned.ToLowerInvariant(),
                    Duration = BanDuration(item),
                },
            _ => null,
        };
    }

    /// <summary>The bits a Super Chat or Super Sticker counts as: its tier's entry in <paramref name="tierBits"/>, the last entry past the end, the first when YouTube gave no tier.</summary>
    public static int TierBits(long? tier, IReadOnlyList<int> tierBits) =>
        tierBits[(int)Math.Clamp((tier ?? 1) - 1, 0, tierBits.Count - 1)];

    private static int Bits(JsonElement item, string details, IReadOnlyList<int> tierBits) =>
        TierBits(YouTubeJson.Long(item, "snippet", details, "tier"), tierBits);

    private static TimeSpan? BanDuration(JsonElement item) =>
        YouTubeJson.String(item, "snippet", "userBannedDetails", "banType") == "temporary"
        && YouTubeJson.Long(item, "snippet", "userBannedDetails", "banDurationSeconds") is { } seconds
            ? TimeSpan.FromSeconds(seconds)
            : null;

    private static ChatMessage? Message(JsonElement item, string channel, DateTimeOffset sentAt, string? text)
    {
        var author = YouTubeJson.String(item, "authorDetails", "channelId") ?? YouTubeJson.String(item, "snippet", "authorChannelId");
        if (text is null || string.IsNullOrEmpty(author))
            return null;
        return new ChatMessage
        {
            Source = Source,
            Channel = channel,
            SentAt = sentAt,
            MessageId = YouTubeJson.String(item, "id"),
            UserId = author,
            UserLogin = author.ToLowerInvariant(),
            DisplayName = YouTubeJson.String(item, "authorDetails", "displayName")?.Trim() is { Length: > 0 } name ? name : author,
            Text = text,
            IsBroadcaster = YouTubeJson.Bool(item, "authorDetails", "isChatOwner"),
            IsModerator = YouTubeJson.Bool(item, "authorDetails", "isChatModerator"),
            IsSubscriber = YouTubeJson.Bool(item, "authorDetails", "isChatSponsor"),
        };
    }
}
