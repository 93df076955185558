using TtsPanel.App.Moderation;
using static TtsPanel.App.Tests.Moderation.ChatMessages;

namespace TtsPanel.App.Tests.Moderation;

/// <summary>Triggers, senders, commands and content rules; the throttles are in <see cref="ChatModeratorThrottleTests"/>.</summary>
public class ChatModeratorTests
{
    private static readonly ModerationOptions Everything = new() { Triggers = ChatTriggers.AllMessages };

    [Fact]
    public void Moderate_PlainMessageWithDefaults_IsIgnoredAsNotTriggered() =>
        Assert.Equal(new MessageIgnored(ModerationReason.NotTriggered, "The message matches none of Moderation:Triggers (Command, Bits)."),
            Moderator(new()).Moderate(From("viewer", "hello"), 0));

    [Fact]
    public void Moderate_CommandPrefixInAnyCase_AcceptsTheTextAfterIt() =>
        Assert.Equal(new MessageAccepted("hello there", SpeechLane.Ordinary, null),
            Moderator(new()).Moderate(From("viewer", "!TTS   hello there"), 0));

    [Theory]
    [InlineData("!ttsx hi")]
    [InlineData("!lurk")]
    public void Moderate_AnotherBotsCommand_IsIgnored(string text) =>
        Assert.Equal(new MessageIgnored(ModerationReason.OtherCommand, "The message is a command for another bot."),
            Moderator(Everything).Moderate(From("viewer", text), 0));

    [Fact]
    public void Moderate_BitsAtTheThreshold_AcceptedInTheBitsLane()
    {
        var moderator = Moderator(new());

        Assert.Equal(new MessageAccepted("Cheer100 hi", SpeechLane.Bits, null),
            moderator.Moderate(From("viewer", "Cheer100 hi") with { Bits = 100 }, 0));
        Assert.IsType<MessageIgnored>(moderator.Moderate(From("other", "Cheer99 hi") with { Bits = 99 }, 0));
    }

    [Fact]
    public void Moderate_ConfiguredReward_AcceptedInTheChannelPointsLane()
    {
        var moderator = Moderator(new() { Triggers = ChatTriggers.Command | ChatTriggers.Reward, RewardId = "abc-123" });

        Assert.Equal(new MessageAccepted("hi", SpeechLane.ChannelPoints, null),
            moderator.Moderate(From("viewer", "hi") with { CustomRewardId = "ABC-123" }, 0));
        Assert.IsType<MessageIgnored>(moderator.Moderate(From("other", "hi") with { CustomRewardId = "other" }, 0));
    }

    [Fact]
    public void Moderate_OnlyFromSubscribers_IgnoresOthersButNotPaidMessagesOrTheBroadcaster()
    {
        var moderator = Moderator(new() { Triggers = ChatTriggers.AllMessages | ChatTriggers.Bits, OnlyFrom = ChatRoles.Subscriber });

        Assert.Equal(new MessageIgnored(ModerationReason.NotInAudience, "vip has none of the roles in Moderation:OnlyFrom (Subscriber)."),
            moderator.Moderate(From("vip", "hi") with { IsVip = true }, 0));
        Assert.IsType<MessageAccepted>(moderator.Moderate(From("sub", "one") with { IsSubscriber = true }, 0));
        Assert.IsType<MessageAccepted>(moderator.Moderate(From("cheerer", "two") with { Bits = 500 }, 0));
        Assert.IsType<MessageAccepted>(moderator.Moderate(From("streamer", "three") with { IsBroadcaster = true }, 0));
    }

    [Fact]
    public void Moderate_BotAccountInAnyCase_IsIgnored() =>
        Assert.Equal(new MessageIgnored(ModerationReason.BotAccount, "nightbot is listed in Moderation:BotAccounts."),
            Moderator(new() { Triggers = ChatTriggers.AllMessages, BotAccounts = ["NightBot"] }).Moderate(From("nightbot", "hi"), 0));

    [Fact]
    public void Moderate_BlockedByLoginOrAccountId_IsRejected()
    {
        var moderator = Moderator(new() { Triggers = ChatTriggers.AllMessages, BlockedUsers = ["Troll", "12345"] });

        Assert.Equal(new MessageRejected(ModerationReason.BlockedUser, "troll is listed in Moderation:BlockedUsers."),
            moderator.Moderate(From("troll", "hi"), 0));
        Assert.Equal(ModerationReason.BlockedUser,
            Assert.IsType<MessageRejected>(moderator.Moderate(From("renamed", "hi") with { UserId = "12345" }, 0)).Reason);
    }

    [Theory]
    [InlineData("!skip", ChatCommand.Skip)]
    [InlineData("!Pause", ChatCommand.Pause)]
    [InlineData("!resume", ChatCommand.Resume)]
    [InlineData("!clear", ChatCommand.Clear)]
    public void Moderate_ModeratorCommand_IsIssued(string text, ChatCommand command) =>
        Assert.Equal(new CommandIssued(command, null, "mod"), Moderator(new()).Moderate(From("mod", text) with { IsModerator = true }, 0));

    [Fact]
    public void Moderate_BroadcasterCommand_IsIssued() =>
        Assert.Equal(new CommandIssued(ChatCommand.Clear, null, "streamer"),
            Moderator(new()).Moderate(From("streamer", "!clear") with { IsBroadcaster = true }, 0));

    [Fact]
    public void Moderate_ModeratorCommandFromAViewer_IsRejectedNamingTheCommand() =>
        Assert.Equal(new MessageRejected(ModerationReason.NotModerator, "!pause is for moderators and the broadcaster; viewer is neither."),
            Moderator(new()).Moderate(From("viewer", "!pause") with { IsVip = true }, 0));

    [Fact]
    public void Moderate_VoiceFromAViewer_AsksForThatVoice() =>
        Assert.Equal(new CommandIssued(ChatCommand.Voice, "f5-tts:alice", "viewer"),
            Moderator(new()).Moderate(From("viewer", "!voice f5-tts:alice"), 0));

    [Theory]
    [InlineData("!voice")]
    [InlineData("!voice two words")]
    public void Moderate_VoiceWithoutOneName_IsRejectedSayingHow(string text) =>
        Assert.Equal(new MessageRejected(ModerationReason.InvalidCommand, "Say !voice followed by one voice name, e.g. !voice espeak-ng:en-us."),
            Moderator(new()).Moderate(From("viewer", text), 0));

    [Fact]
    public void Moderate_Link_IsRemoved() =>
        Assert.Equal("look now", Accepted(Everything, "look https://x.io/a now"));

    [Fact]
    public void Moderate_LinkWhenLinksReject_IsRejected() =>
        Assert.Equal(new MessageRejected(ModerationReason.ContainsLink, "The message contains a link; Moderation:Links is Reject."),
            Moderator(new() { Triggers = ChatTriggers.AllMessages, Links = LimitAction.Reject }).Moderate(From("viewer", "see www.example.com"), 0));

    [Theory]
    [InlineData("https://example.com/only")]
    [InlineData("\u200B\u202E \u2066")]
    public void Moderate_NothingLeftAfterCleaning_IsRejectedAsEmpty(string text) =>
        Assert.Equal(new MessageRejected(ModerationReason.Empty, "Nothing is left to say once invisible characters and links are removed."),
            Moderator(Everything).Moderate(From("viewer", text), 0));

    [Fact]
    public void Moderate_CommandPrefixAlone_IsRejectedAsEmpty() =>
        Assert.Equal(ModerationReason.Empty, Assert.IsType<MessageRejected>(Moderator(new()).Moderate(From("viewer", "!tts"), 0)).Reason);

    [Fact]
    public void Moderate_OnlyEmotes_IsRejectedAsEmoteOnly() =>
        Assert.Equal(new MessageRejected(ModerationReason.EmoteOnly, "The message is only emotes."),
            Moderator(Everything).Moderate(From("viewer", "Kappa PogChamp") with { Emotes = [0..5, 6..14] }, 0));

    [Fact]
    public void Moderate_EmoteAmongWords_IsRemoved() =>
        Assert.Equal("hi there", Accepted(Everything, "hi Kappa there", [3..8]));

    [Fact]
    public void Moderate_OneWordRepeated_IsRejectedAsSpam() =>
        Assert.Equal(new MessageRejected(ModerationReason.RepeatedWords, "The message repeats one word 3 times."),
            Moderator(Everything).Moderate(From("viewer", "LUL lul LUL"), 0));

    [Fact]
    public void Moderate_RepeatedCharacters_AreCollapsed() =>
        Assert.Equal("sooo good!!!", Accepted(Everything, "soooooo good!!!!!!!"));

    [Fact]
    public void Moderate_InvisibleCharacters_AreStrippedAndRightToLeftTextKept() =>
        Assert.Equal("مرحبا world cafe\u0301 😀", Accepted(Everything, "مرحبا \u202Eworld\u202C\u200B cafe\u0301\u0000 😀"));

    [Fact]
    public void Moderate_TooManyWords_IsTrimmedToTheLimit() =>
        Assert.Equal("a b c", Accepted(new() { Triggers = ChatTriggers.AllMessages, MaxWords = 3 }, "a b c d e"));

    [Fact]
    public void Moderate_TooManyWordsWhenOverLimitReject_IsRejected() =>
        Assert.Equal(new MessageRejected(ModerationReason.TooManyWords, "The message has 5 words; Moderation:MaxWords is 3."),
            Moderator(new() { Triggers = ChatTriggers.AllMessages, MaxWords = 3, OverLimit = LimitAction.Reject }).Moderate(From("viewer", "a b c d e"), 0));

    [Fact]
    public void Moderate_TooManyCharacters_IsTrimmedToTheLimit() =>
        Assert.Equal("hello", Accepted(new() { Triggers = ChatTriggers.AllMessages, MaxCharacters = 6 }, "hello world"));

    [Fact]
    public void Moderate_TooManyCharactersWhenOverLimitReject_IsRejected() =>
        Assert.Equal(new MessageRejected(ModerationReason.TooManyCharacters, "The message has 11 characters; Moderation:MaxCharacters is 5."),
            Moderator(new() { Triggers = ChatTriggers.AllMessages, MaxCharacters = 5, OverLimit = LimitAction.Reject }).Moderate(From("viewer", "hello world"), 0));

    [Fact]
    public void Moderate_BannedWord_IsRejectedNamingTheEntryNotTheWord() =>
        Assert.Equal(new MessageRejected(ModerationReason.BannedWord, "The message matches Moderation:BannedWords:0."),
            Moderator(new() { Triggers = ChatTriggers.AllMessages, BannedWords = ["heck"] }).Moderate(From("viewer", "what the HECK"), 0));

    [Fact]
    public void Moderate_BannedPatternOutOfTime_IsRejected()
    {
        var options = new ModerationOptions
        {
            Triggers = ChatTriggers.AllMessages, BannedPatterns = [@"(\w|\w\w)+$"], RegexTimeoutMilliseconds = 1, MaxCharacters = 5_000,
        };

        Assert.Equal(
            new MessageRejected(ModerationReason.FilterTimedOut,
                "Checking Moderation:BannedPatterns:0 took longer than Moderation:RegexTimeoutMilliseconds (1)."),
            Moderator(options).Moderate(From("viewer", string.Concat(Enumerable.Repeat("ab", 1_000)) + "!"), 0));
    }

    [Fact]
    public void Moderate_VoicePicked_IsCarriedIntoTheDecision() =>
        Assert.Equal(new MessageAccepted("hi", SpeechLane.Ordinary, "f5-tts:alice"),
            Moderator(Everything).Moderate(From("viewer", "hi"), 0, "f5-tts:alice"));

    [Fact]
    public void Moderate_ModeratorMessage_GoesInTheModeratorLaneUnlessLanesAreOff()
    {
        var message = From("mod", "hi") with { IsModerator = true };

        Assert.Equal(SpeechLane.Moderator, Assert.IsType<MessageAccepted>(Moderator(Everything).Moderate(message, 0)).Lane);
        Assert.Equal(SpeechLane.Ordinary, Assert.IsType<MessageAccepted>(
            Moderator(new() { Triggers = ChatTriggers.AllMessages, PriorityLanes = false }).Moderate(message, 0)).Lane);
    }

    [Fact]
    public void Counters_CountEachOutcomeByReason()
    {
        var moderator = Moderator(new() { BlockedUsers = ["troll"] });
        moderator.Moderate(From("a", "!tts hi"), 0);
        moderator.Moderate(From("b", "hello"), 0);
        moderator.Moderate(From("c", "!lurk"), 0);
        moderator.Moderate(From("d", "!lurk"), 0);
        moderator.Moderate(From("troll", "!tts hi"), 0);
        moderator.Moderate(From("mod", "!skip") with { IsModerator = true }, 0);

        Assert.Equal(1, moderator.Counters.Accepted);
        Assert.Equal(2, moderator.Counters[ModerationReason.OtherCommand]);
        Assert.Equal(
            new Dictionary<ModerationReason, long>
            {
                [ModerationReason.NotTriggered] = 1, [ModerationReason.OtherCommand] = 2, [ModerationReason.BlockedUser] = 1,
            },
            moderator.Counters.Snapshot());
    }

    private static string Accepted(ModerationOptions options, string text, Range[]? emotes = null) =>
        Assert.IsType<MessageAccepted>(Moderator(options).Moderate(From("viewer", text) with { Emotes = emotes }, 0)).Text;
}
