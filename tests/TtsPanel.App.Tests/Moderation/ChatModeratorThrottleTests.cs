using Microsoft.Extensions.Time.Testing;
using TtsPanel.App.Moderation;
using static TtsPanel.App.Tests.Moderation.ChatMessages;

namespace TtsPanel.App.Tests.Moderation;

/// <summary><see cref="ChatModerator"/>'s throttles: pending cap, cooldown, rate limit and duplicates, on a fake clock.</summary>
public class ChatModeratorThrottleTests
{
    private readonly FakeTimeProvider _time = new();

    private ChatModerator Moderator(int cooldownSeconds = 0, int rateLimit = 1_000, int duplicateSeconds = 0) => ChatMessages.Moderator(new()
    {
        Triggers = ChatTriggers.AllMessages | ChatTriggers.Bits, UserCooldownSeconds = cooldownSeconds, RateLimitMessages = rateLimit,
        DuplicateWindowSeconds = duplicateSeconds,
    }, _time);

    [Fact]
    public void Moderate_AtThePendingCap_IsRejected()
    {
        var moderator = Moderator();

        Assert.Equal(new MessageRejected(ModerationReason.UserPendingLimit, "viewer already has 3 messages waiting; Moderation:MaxPendingPerUser is 3."),
            moderator.Moderate(From("viewer", "hi"), 3));
        Assert.IsType<MessageAccepted>(moderator.Moderate(From("viewer", "hi"), 2));
    }

    [Fact]
    public void Moderate_InsideTheCooldown_IsRejectedSayingHowLongToWait()
    {
        var moderator = Moderator(cooldownSeconds: 30);
        moderator.Moderate(From("viewer", "one"), 0);

        _time.Advance(TimeSpan.FromSeconds(12));

        Assert.Equal(new MessageRejected(ModerationReason.UserCooldown, "viewer must wait 18 s more; Moderation:UserCooldownSeconds is 30."),
            moderator.Moderate(From("viewer", "two"), 0));
        Assert.IsType<MessageAccepted>(moderator.Moderate(From("other", "three"), 0));
        _time.Advance(TimeSpan.FromSeconds(18));
        Assert.IsType<MessageAccepted>(moderator.Moderate(From("viewer", "four"), 0));
    }

    [Fact]
    public void Moderate_CooldownFollowsTheAccountIdAcrossARename()
    {
        var moderator = Moderator(cooldownSeconds: 30);
        moderator.Moderate(From("oldname", "one") with { UserId = "42" }, 0);

        var decision = moderator.Moderate(From("newname", "two") with { UserId = "42" }, 0);

        Assert.Equal(ModerationReason.UserCooldown, Assert.IsType<MessageRejected>(decision).Reason);
    }

    [Fact]
    public void Moderate_AfterARefusedMessage_NoCooldownStarts()
    {
        var moderator = Moderator(cooldownSeconds: 30);
        moderator.Moderate(From("viewer", "LUL LUL LUL"), 0);

        Assert.IsType<MessageAccepted>(moderator.Moderate(From("viewer", "hello"), 0));
    }

    [Fact]
    public void Moderate_OverTheRateLimit_IsRejectedUntilTheWindowMoves()
    {
        var moderator = Moderator(rateLimit: 2);
        moderator.Moderate(From("a", "one"), 0);
        moderator.Moderate(From("b", "two"), 0);

        Assert.Equal(
            new MessageRejected(ModerationReason.RateLimited, "Chat is over Moderation:RateLimitMessages (2 per 60 s); the next message fits in 60 s."),
            moderator.Moderate(From("c", "three"), 0));
        _time.Advance(TimeSpan.FromSeconds(60));
        Assert.IsType<MessageAccepted>(moderator.Moderate(From("c", "three"), 0));
    }

    [Fact]
    public void Moderate_SameTextInsideTheWindow_IsRejectedAsDuplicateInAnyCase()
    {
        var moderator = Moderator(duplicateSeconds: 120);
        moderator.Moderate(From("a", "hello"), 0);

        _time.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(new MessageRejected(ModerationReason.Duplicate, "The same text was accepted 5 s ago; Moderation:DuplicateWindowSeconds is 120."),
            moderator.Moderate(From("b", "HELLO"), 0));
        _time.Advance(TimeSpan.FromSeconds(115));
        Assert.IsType<MessageAccepted>(moderator.Moderate(From("b", "HELLO"), 0));
    }

    [Fact]
    public void Moderate_ModeratorsAndPaidMessages_SkipEveryThrottle()
    {
        var moderator = Moderator(cooldownSeconds: 30, rateLimit: 1, duplicateSeconds: 120);
        moderator.Moderate(From("viewer", "hello"), 0);

        Assert.IsType<MessageAccepted>(moderator.Moderate(From("mod", "hello") with { IsModerator = true }, 10));
        Assert.IsType<MessageAccepted>(moderator.Moderate(From("mod", "hello") with { IsModerator = true }, 10));
        Assert.Equal(SpeechLane.Bits, Assert.IsType<MessageAccepted>(moderator.Moderate(From("viewer", "hello") with { Bits = 100 }, 10)).Lane);
    }

    [Fact]
    public void Moderate_FloodOfUsers_ForgetsTheOldestCooldownsFirst()
    {
        // Moderators skip the throttles but are still remembered, so they fill the cooldown memory without being refused.
        var moderator = Moderator(cooldownSeconds: 3_600);
        for (var i = 0; i <= 10_000; i++)
            moderator.Moderate(From($"user{i}", $"message {i}") with { IsModerator = true }, 0);
        _time.Advance(TimeSpan.FromSeconds(60));

        Assert.IsType<MessageAccepted>(moderator.Moderate(From("user0", "again"), 0));
        Assert.Equal(ModerationReason.UserCooldown, Assert.IsType<MessageRejected>(moderator.Moderate(From("user10000", "again too"), 0)).Reason);
    }
}
