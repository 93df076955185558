using System.Text.Json.Nodes;

namespace TtsPanel.App.Tests.Fakes;

/// <summary>
/// JSON bodies shaped like the YouTube Data API's documented responses (<c>liveChatMessageListResponse</c>,
/// <c>liveChatMessage</c>, <c>videoListResponse</c>, Google's error body), with 64-bit numbers written as strings as
/// Google writes them.
/// </summary>
internal static class YouTubeResponses
{
    public const string ChatId = "Cg0KC3Rlc3RWaWRlbzAx";
    public const string ModeratorChannel = "UCmoderatorChannel0001";

    private static readonly DateTimeOffset PublishedAt = new(2026, 11, 24, 20, 0, 0, TimeSpan.Zero);

    public static string Page(string? nextPageToken, int pollingIntervalMillis, params JsonObject[] items) =>
        PageObject(nextPageToken, pollingIntervalMillis, items).ToJsonString();

    public static string OfflinePage(string? nextPageToken, params JsonObject[] items)
    {
        var page = PageObject(nextPageToken, 5_000, items);
        page["offlineAt"] = "2026-11-24T21:00:00Z";
        return page.ToJsonString();
    }

    public static JsonObject Text(string id, string channelId, string displayName, string text, bool owner = false, bool moderator = false, bool sponsor = false) =>
        Item(id, "textMessageEvent", channelId, displayName, text, new JsonObject { ["textMessageDetails"] = new JsonObject { ["messageText"] = text } },
            owner, moderator, sponsor);

    public static JsonObject SuperChat(string id, string channelId, string displayName, string comment, long amountMicros, string currency, int tier) =>
        Item(id, "superChatEvent", channelId, displayName, comment, new JsonObject
        {
            ["superChatDetails"] = new JsonObject
            {
                ["amountMicros"] = amountMicros.ToString(System.Globalization.CultureInfo.InvariantCulture), ["currency"] = currency,
                ["amountDisplayString"] = $"{currency} {amountMicros / 1_000_000.0:0.00}", ["userComment"] = comment, ["tier"] = tier,
            },
        });

    public static JsonObject SuperSticker(string id, string channelId, string displayName, string altText, int tier) =>
        Item(id, "superStickerEvent", channelId, displayName, "", new JsonObject
        {
            ["superStickerDetails"] = new JsonObject
            {
                ["superStickerMetadata"] = new JsonObject { ["stickerId"] = "sticker-1", ["altText"] = altText, ["language"] = "en" },
                ["amountMicros"] = "2000000", ["currency"] = "USD", ["amountDisplayString"] = "$2.00", ["tier"] = tier,
            },
        });

    public static JsonObject NewMember(string id, string channelId, string displayName, bool upgrade = false) =>
        Item(id, "newSponsorEvent", channelId, displayName, "Welcome to Fan Club!", new JsonObject
        {
            ["newSponsorDetails"] = new JsonObject { ["memberLevelName"] = "Fan Club", ["isUpgrade"] = upgrade },
        }, sponsor: true);

    public static JsonObject Milestone(string id, string channelId, string displayName, string comment, int months) =>
        Item(id, "memberMilestoneChatEvent", channelId, displayName, comment, new JsonObject
        {
            ["memberMilestoneChatDetails"] = new JsonObject { ["userComment"] = comment, ["memberMonth"] = months, ["memberLevelName"] = "Fan Club" },
        }, sponsor: true);

    /// <summary>A moderator deleted <paramref name="deletedId"/>; the item's author is the moderator.</summary>
    public static JsonObject Deleted(string id, string deletedId) =>
        Item(id, "messageDeletedEvent", ModeratorChannel, "The Mod", "", new JsonObject
        {
            ["messageDeletedDetails"] = new JsonObject { ["deletedMessageId"] = deletedId },
        }, moderator: true);

    /// <summary>A moderator banned <paramref name="channelId"/>, for <paramref name="seconds"/> when given, otherwise for good.</summary>
    public static JsonObject Banned(string id, string channelId, string displayName, long? seconds = null)
    {
        var details = new JsonObject
        {
            ["bannedUserDetails"] = new JsonObject
            {
                ["channelId"] = channelId, ["channelUrl"] = $"http://www.youtube.com/channel/{channelId}", ["displayName"] = displayName,
                ["profileImageUrl"] = "https://yt3.ggpht.com/a/default-user",
            },
            ["banType"] = seconds is null ? "permanent" : "temporary",
        };
        if (seconds is not null)
            details["banDurationSeconds"] = seconds.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Item(id, "userBannedEvent", ModeratorChannel, "The Mod", "", new JsonObject { ["userBannedDetails"] = details }, moderator: true);
    }

    public static JsonObject ChatEnded(string id) => Item(id, "chatEndedEvent", ModeratorChannel, "The Mod", "", []);

    /// <summary>Google's error body, e.g. <c>(403, "quotaExceeded", "youtube.quota")</c>.</summary>
    public static string Error(int code, string reason, string message, string domain = "youtube.liveChat") => new JsonObject
    {
        ["error"] = new JsonObject
        {
            ["code"] = code, ["message"] = message,
            ["errors"] = new JsonArray(new JsonObject { ["message"] = message, ["domain"] = domain, ["reason"] = reason }),
        },
    }.ToJsonString();

    /// <summary>A <c>videoListResponse</c> for one live-stream video; no <paramref name="videoId"/> gives an empty list.</summary>
    public static string Video(string? videoId, string? activeLiveChatId = null, string? actualEndTime = null, bool live = true)
    {
        var items = new JsonArray();
        if (videoId is not null)
        {
            var video = new JsonObject { ["kind"] = "youtube#video", ["etag"] = "etag-video", ["id"] = videoId };
            if (live)
            {
                var details = new JsonObject { ["actualStartTime"] = "2026-11-24T19:00:00Z", ["concurrentViewers"] = "42" };
                if (activeLiveChatId is not null)
                    details["activeLiveChatId"] = activeLiveChatId;
                if (actualEndTime is not null)
                    details["actualEndTime"] = actualEndTime;
                video["liveStreamingDetails"] = details;
            }

            items.Add(video);
        }

        return new JsonObject
        {
            ["kind"] = "youtube#videoListResponse", ["etag"] = "etag-list", ["items"] = items,
            ["pageInfo"] = new JsonObject { ["totalResults"] = items.Count, ["resultsPerPage"] = items.Count },
        }.ToJsonString();
    }

    private static JsonObject PageObject(string? nextPageToken, int pollingIntervalMillis, JsonObject[] items)
    {
        var page = new JsonObject
        {
            ["kind"] = "youtube#liveChatMessageListResponse", ["etag"] = "etag-page", ["pollingIntervalMillis"] = pollingIntervalMillis,
            ["pageInfo"] = new JsonObject { ["totalResults"] = items.Length, ["resultsPerPage"] = items.Length },
            ["items"] = new JsonArray(items.Select(i => (JsonNode)i.DeepClone()).ToArray()),
        };
        if (nextPageToken is not null)
            page["nextPageToken"] = nextPageToken;
        return page;
    }

    private static JsonObject Item(
        string id, string type, string channelId, string displayName, string displayMessage, JsonObject details,
        bool owner = false, bool moderator = false, bool sponsor = false)
    {
        var snippet = new JsonObject
        {
            ["type"] = type, ["liveChatId"] = ChatId, ["authorChannelId"] = channelId, ["publishedAt"] = PublishedAt.ToString("yyyy-MM-ddTHH:mm:ss.fffZ"),
            ["hasDisplayContent"] = type != "chatEndedEvent", ["displayMessage"] = displayMessage,
        };
        foreach (var (name, value) in details.ToList())
        {
            details.Remove(name);
            snippet[name] = value;
        }

        return new JsonObject
        {
            ["kind"] = "youtube#liveChatMessage", ["etag"] = $"etag-{id}", ["id"] = id, ["snippet"] = snippet,
            ["authorDetails"] = new JsonObject
            {
                ["channelId"] = channelId, ["channelUrl"] = $"http://www.youtube.com/channel/{channelId}", ["displayName"] = displayName,
                ["profileImageUrl"] = "https://yt3.ggpht.com/a/default-user", ["isVerified"] = false, ["isChatOwner"] = owner,
                ["isChatSponsor"] = sponsor, ["isChatModerator"] = moderator,
            },
        };
    }
}
