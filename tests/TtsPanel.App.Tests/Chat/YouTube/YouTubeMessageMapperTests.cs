using System.Text.Json;
using System.Text.Json.Nodes;
using TtsPanel.App.Chat;
using TtsPanel.App.Chat.YouTube;
using static TtsPanel.App.Tests.Fakes.YouTubeResponses;

namespace TtsPanel.App.Tests.Chat.YouTube;

public class YouTubeMessageMapperTests
{
    private static readonly DateTimeOffset ReceivedAt = new(2026, 11, 24, 22, 0, 0, TimeSpan.Zero);

    private static ChatEvent? Map(JsonObject item) =>
        YouTubeMessageMapper.Map(JsonDocument.Parse(item.ToJsonString()).RootElement, YouTubeOptions.DefaultSuperChatTierBits, ReceivedAt);

    [Fact]
    public void Map_TextMessage_KeepsAuthorTextAndPublishedTime()
    {
        var message = Assert.IsType<ChatMessage>(Map(Text("m-1", "UCAbC", "  Ann  ", "hello <b>there</b>")));

        Assert.Equal(("m-1", "UCAbC", "ucabc", "Ann", "hello <b>there</b>"), (message.MessageId, message.UserId, message.UserLogin, message.DisplayName, message.Text));
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 20, 0, 0, TimeSpan.Zero), message.SentAt);
        Assert.Equal((false, false, false, false, 0, (string?)null), (message.IsBroadcaster, message.IsModerator, message.IsVip, message.IsSubscriber, message.Bits, message.NoticeKind));
    }

    [Theory]
    [InlineData(1, 100)]
    [InlineData(3, 500)]
    [InlineData(7, 10_000)]
    [InlineData(11, 10_000)]
    public void Map_SuperChat_CountsItsTierAsBits(int tier, int bits)
    {
        var message = Assert.IsType<ChatMessage>(Map(SuperChat("m-1", "UCa", "Ann", "hi", 1_000_000, "EUR", tier)));

        Assert.Equal((bits, "superChat", "hi"), (message.Bits, message.NoticeKind, message.Text));
    }

    [Fact]
    public void Map_SuperChatWithoutTier_CountsAsTheFirstTier()
    {
        var item = SuperChat("m-1", "UCa", "Ann", "hi", 1_000_000, "USD", 1);
        item["snippet"]!["superChatDetails"]!.AsObject().Remove("tier");

        Assert.Equal(100, Assert.IsType<ChatMessage>(Map(item)).Bits);
    }

    [Fact]
    public void Map_SuperSticker_SpeaksItsDescriptionWithItsTierBits()
    {
        var message = Assert.IsType<ChatMessage>(Map(SuperSticker("m-1", "UCa", "Ann", "A cat waving", 2)));

        Assert.Equal(("A cat waving", 200, "superSticker"), (message.Text, message.Bits, message.NoticeKind));
    }

    [Fact]
    public void Map_MembershipUpgrade_IsASubscriberNotice()
    {
        var message = Assert.IsType<ChatMessage>(Map(NewMember("m-1", "UCa", "Ann", upgrade: true)));

        Assert.Equal(("membershipUpgrade", true), (message.NoticeKind, message.IsSubscriber));
    }

    [Fact]
    public void Map_TextWithoutAuthor_IsSkipped()
    {
        var item = Text("m-1", "UCa", "Ann", "hi");
        item.Remove("authorDetails");
        item["snippet"]!.AsObject().Remove("authorChannelId");

        Assert.Null(Map(item));
    }

    [Fact]
    public void Map_DeletionWithoutTarget_IsSkipped()
    {
        var item = Deleted("d-1", "m-1");
        item["snippet"]!["messageDeletedDetails"]!.AsObject().Remove("deletedMessageId");

        Assert.Null(Map(item));
    }

    [Theory]
    [InlineData("pollEvent")]
    [InlineData("tombstone")]
    [InlineData("giftMembershipReceivedEvent")]
    [InlineData(null)]
    public void Map_TypeThePanelDoesNotRead_IsSkipped(string? type)
    {
        var item = Text("m-1", "UCa", "Ann", "hi");
        item["snippet"]!["type"] = type;

        Assert.Null(Map(item));
    }

    [Fact]
    public void Map_WrongFieldTypes_ReadAsMissingInsteadOfThrowing()
    {
        var item = Text("m-1", "UCa", "Ann", "hi");
        item["snippet"]!["publishedAt"] = 12;
        item["authorDetails"]!["isChatModerator"] = "yes";

        var message = Assert.IsType<ChatMessage>(Map(item));

        Assert.Equal((ReceivedAt, false), (message.SentAt, message.IsModerator));
    }
}
