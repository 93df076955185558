using TtsPanel.App.Chat;
using TtsPanel.App.Chat.Twitch;

namespace TtsPanel.App.Tests.Chat.Twitch;

public class TwitchMessageMapperTests
{
    private static readonly DateTimeOffset ReceivedAt = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private static ChatEvent? Map(string line, bool includeSharedChat = false)
    {
        Assert.True(IrcLineParser.TryParse(line, out var message, out var error), error);
        return TwitchMessageMapper.Map(message, ReceivedAt, includeSharedChat);
    }

    private static string? Refusal(string line)
    {
        Assert.True(IrcLineParser.TryParse(line, out var message, out var error), error);
        return TwitchMessageMapper.AuthenticationFailure(message);
    }

    [Fact]
    public void Map_PrivmsgWithBadgesAndBits_FillsEveryField()
    {
        var line = @"@badge-info=subscriber/8;badges=moderator/1,subscriber/6,bits/100;bits=100;color=#0D4200;display-name=Ronni\sB;"
            + "emotes=;first-msg=1;id=b34ccfc7-4977-403a-8a94-33c6bac34fb8;mod=1;room-id=1337;subscriber=1;"
            + "tmi-sent-ts=1507246572675;turbo=0;user-id=12345678;user-type=mod "
            + ":ronni!ronni@ronni.tmi.twitch.tv PRIVMSG #Ronni :cheer100 Hello world";

        var message = Assert.IsType<ChatMessage>(Map(line));

        Assert.Equal(new ChatMessage
        {
            Source = "twitch",
            Channel = "#ronni",
            SentAt = DateTimeOffset.FromUnixTimeMilliseconds(1507246572675),
            MessageId = "b34ccfc7-4977-403a-8a94-33c6bac34fb8",
            UserId = "12345678",
            UserLogin = "ronni",
            DisplayName = "Ronni B",
            Text = "cheer100 Hello world",
            IsModerator = true,
            IsSubscriber = true,
            Bits = 100,
            IsFirstMessage = true,
        }, message);
    }

    [Fact]
    public void Map_EmotesTag_GivesCodePointRangesInTextOrder()
    {
        var line = "@emotes=25:6-10,18-22/emotesv2_abc:0-4;id=e1;room-id=1;user-id=2 "
            + ":viewer!viewer@viewer.tmi.twitch.tv PRIVMSG #chan :Kappa Kappa hello Kappa";

        var message = Assert.IsType<ChatMessage>(Map(line));

        Assert.Equal([new Range(0, 5), new Range(6, 11), new Range(18, 23)], message.Emotes!);
    }

    [Fact]
    public void Map_MalformedEmotePositions_AreSkipped()
    {
        var line = "@emotes=25:x-4,9-2,1-3/bad;id=e2 :viewer!viewer@viewer.tmi.twitch.tv PRIVMSG #chan :a bc";

        Assert.Equal([new Range(1, 4)], Assert.IsType<ChatMessage>(Map(line)).Emotes!);
    }

    [Fact]
    public void Map_BroadcasterVipAndReward_SetTheirFlags()
    {
        var line = "@badges=broadcaster/1,vip/1;custom-reward-id=f9c7cf5b-0c1a-4d7e-9b0b-2f0e3cd2a1b7;display-name=;id=m1;"
            + "room-id=1;user-id=1;vip=1 :dallas!dallas@dallas.tmi.twitch.tv PRIVMSG #dallas :read this";

        var message = Assert.IsType<ChatMessage>(Map(line));

        Assert.True(message.IsBroadcaster);
        Assert.True(message.IsVip);
        Assert.False(message.IsModerator);
        Assert.Equal("f9c7cf5b-0c1a-4d7e-9b0b-2f0e3cd2a1b7", message.CustomRewardId);
        Assert.Equal("dallas", message.DisplayName);
    }

    [Fact]
    public void Map_PlainIrcPrivmsg_UsesPrefixAndReceivedTime()
    {
        var message = Assert.IsType<ChatMessage>(Map(":Chatter!~chatter@127.0.0.1 PRIVMSG #alpha :hi"));

        Assert.Equal(("chatter", "Chatter", "hi", ReceivedAt), (message.UserLogin, message.DisplayName, message.Text, message.SentAt));
        Assert.Null(message.MessageId);
    }

    [Fact]
    public void Map_ActionCtcp_KeepsTheActionText() =>
        Assert.Equal("waves", Assert.IsType<ChatMessage>(Map(":a!a@a PRIVMSG #c :\u0001ACTION waves\u0001")).Text);

    [Fact]
    public void Map_OtherCtcp_IsNotChat() =>
        Assert.Null(Map(":a!a@a PRIVMSG #c :\u0001VERSION\u0001"));

    [Fact]
    public void Map_SharedChatFromAnotherRoom_IsDroppedUnlessIncluded()
    {
        const string line = "@id=s1;room-id=100;source-room-id=200;user-id=5 :guest!guest@guest.tmi.twitch.tv PRIVMSG #host :hello";

        Assert.Null(Map(line));
        Assert.Equal("200", Assert.IsType<ChatMessage>(Map(line, includeSharedChat: true)).SourceRoomId);
    }

    [Fact]
    public void Map_SharedChatFromOwnRoom_IsKept() =>
        Assert.Null(Assert.IsType<ChatMessage>(Map("@id=s2;room-id=100;source-room-id=100 :a!a@a PRIVMSG #host :hi")).SourceRoomId);

    [Fact]
    public void Map_UsernoticeWithText_IsAChatMessageOfThatKind()
    {
        var line = @"@badges=subscriber/12;display-name=Ronni;id=db25007f-7a18-43eb-9379-80131e44d633;login=ronni;msg-id=resub;"
            + @"room-id=1337;system-msg=ronni\shas\ssubscribed\sfor\s12\smonths!;tmi-sent-ts=1507246572675;user-id=1337 "
            + ":tmi.twitch.tv USERNOTICE #dallas :Great stream -- keep it up!";

        var message = Assert.IsType<ChatMessage>(Map(line));

        Assert.Equal(("ronni", "resub", "Great stream -- keep it up!", true), (message.UserLogin, message.NoticeKind, message.Text, message.IsSubscriber));
    }

    [Fact]
    public void Map_UsernoticeWithoutText_IsNotChat() =>
        Assert.Null(Map("@login=raider;msg-id=raid;msg-param-viewerCount=9;room-id=1 :tmi.twitch.tv USERNOTICE #dallas"));

    [Fact]
    public void Map_Clearmsg_IsADeletion()
    {
        var line = "@login=ronni;room-id=;target-msg-id=abc-123-def;tmi-sent-ts=1642720582342 :tmi.twitch.tv CLEARMSG #dallas :HeyGuys";

        Assert.Equal(new ChatMessageDeleted
        {
            Source = "twitch", Channel = "#dallas", SentAt = DateTimeOffset.FromUnixTimeMilliseconds(1642720582342),
            MessageId = "abc-123-def", UserLogin = "ronni",
        }, Map(line));
    }

    [Fact]
    public void Map_ClearmsgWithoutTarget_IsIgnored() =>
        Assert.Null(Map("@login=ronni :tmi.twitch.tv CLEARMSG #dallas :HeyGuys"));

    [Fact]
    public void Map_ClearchatWithUser_IsATimeout()
    {
        var line = "@ban-duration=350;room-id=12345678;target-user-id=87654321;tmi-sent-ts=1642719320727 :tmi.twitch.tv CLEARCHAT #dallas :Ronni";

        Assert.Equal(new ChatUserCleared
        {
            Source = "twitch", Channel = "#dallas", SentAt = DateTimeOffset.FromUnixTimeMilliseconds(1642719320727),
            UserId = "87654321", UserLogin = "ronni", Duration = TimeSpan.FromSeconds(350),
        }, Map(line));
    }

    [Fact]
    public void Map_ClearchatWithUserNoDuration_IsABan() =>
        Assert.Null(Assert.IsType<ChatUserCleared>(Map("@room-id=1;target-user-id=2;tmi-sent-ts=1 :tmi.twitch.tv CLEARCHAT #dallas :ronni")).Duration);

    [Fact]
    public void Map_ClearchatWithoutUser_ClearsTheChat() =>
        Assert.Equal(
            new ChatCleared { Source = "twitch", Channel = "#dallas", SentAt = DateTimeOffset.FromUnixTimeMilliseconds(1642715756806) },
            Map("@room-id=12345678;tmi-sent-ts=1642715756806 :tmi.twitch.tv CLEARCHAT #dallas"));

    [Theory]
    [InlineData(":tmi.twitch.tv RECONNECT")]
    [InlineData(":tmi.twitch.tv 001 justinfan1 :Welcome, GLHF!")]
    [InlineData(":justinfan1!justinfan1@justinfan1.tmi.twitch.tv JOIN #dallas")]
    [InlineData("@emote-only=0;room-id=1 :tmi.twitch.tv ROOMSTATE #dallas")]
    [InlineData(":a!a@a PRIVMSG")]
    public void Map_NonChatLines_AreNull(string line) => Assert.Null(Map(line));

    [Theory]
    [InlineData(":tmi.twitch.tv NOTICE * :Login authentication failed", "Login authentication failed")]
    [InlineData(":tmi.twitch.tv NOTICE * :Improperly formatted auth", "Improperly formatted auth")]
    [InlineData(":irc.test.local 464 * :Password incorrect", "Password incorrect")]
    [InlineData("ERROR :Access denied: Bad password?", "Access denied: Bad password?")]
    public void AuthenticationFailure_LoginRefusals_ReturnTheReason(string line, string expected) =>
        Assert.Equal(expected, Refusal(line));

    [Theory]
    [InlineData("@msg-id=msg_channel_suspended :tmi.twitch.tv NOTICE #dallas :This channel has been suspended.")]
    [InlineData("ERROR :Closing connection")]
    [InlineData("PING :tmi.twitch.tv")]
    public void AuthenticationFailure_OtherLines_ReturnNull(string line) => Assert.Null(Refusal(line));
}
