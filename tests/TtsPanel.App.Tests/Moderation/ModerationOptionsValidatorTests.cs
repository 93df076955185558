using TtsPanel.App.Moderation;

namespace TtsPanel.App.Tests.Moderation;

public class ModerationOptionsValidatorTests
{
    private static IEnumerable<string>? Validate(ModerationOptions options) =>
        new ModerationOptionsValidator().Validate(null, options).Failures;

    [Fact]
    public void Validate_Defaults_AreValid() =>
        Assert.True(new ModerationOptionsValidator().Validate(null, new ModerationOptions()).Succeeded);

    [Fact]
    public void Validate_OutOfRange_NamesEachKeyAndValue()
    {
        var options = new ModerationOptions
        {
            MaxCharacters = 0, MaxWords = 1_001, MinBits = 0, RegexTimeoutMilliseconds = 0, MaxRepeatedCharacters = 0,
            UserCooldownSeconds = -1, MaxPendingPerUser = 0, RateLimitMessages = 0, RateLimitWindowSeconds = 0, DuplicateWindowSeconds = 86_401,
        };

        Assert.Equal(
        [
            "Moderation:MinBits must be between 1 and 1000000 (was 0).",
            "Moderation:MaxCharacters must be between 1 and 5000 (was 0).",
            "Moderation:MaxWords must be between 1 and 1000 (was 1001).",
            "Moderation:RegexTimeoutMilliseconds must be between 1 and 1000 (was 0).",
            "Moderation:MaxRepeatedCharacters must be between 1 and 100 (was 0).",
            "Moderation:UserCooldownSeconds must be between 0 and 3600 (was -1).",
            "Moderation:MaxPendingPerUser must be between 1 and 100 (was 0).",
            "Moderation:RateLimitMessages must be between 1 and 1000 (was 0).",
            "Moderation:RateLimitWindowSeconds must be between 1 and 3600 (was 0).",
            "Moderation:DuplicateWindowSeconds must be between 0 and 86400 (was 86401).",
        ], Validate(options));
    }

    [Fact]
    public void Validate_NoTrigger_SaysWhichExist() =>
        Assert.Equal(["Moderation:Triggers must name at least one of AllMessages, Command, Bits, Reward (was 'None')."],
            Validate(new ModerationOptions { Triggers = ChatTriggers.None }));

    [Fact]
    public void Validate_RewardTriggerWithoutId_NamesBothKeys() =>
        Assert.Equal(["Moderation:RewardId must be set when Moderation:Triggers includes Reward (was empty)."],
            Validate(new ModerationOptions { Triggers = ChatTriggers.Reward }));

    [Fact]
    public void Validate_CommandPrefixWithSpace_NamesKeyAndValue() =>
        Assert.Equal(["Moderation:CommandPrefix must be one word without spaces, e.g. !tts (was '! tts')."],
            Validate(new ModerationOptions { CommandPrefix = "! tts" }));

    [Fact]
    public void Validate_UndefinedEnumValues_NameKeyAndValue()
    {
        var options = new ModerationOptions
        {
            Triggers = (ChatTriggers)16, OnlyFrom = (ChatRoles)8, OverLimit = (LimitAction)2, Links = (LimitAction)5,
        };

        Assert.Equal(
        [
            "Moderation:Triggers must combine AllMessages, Command, Bits, Reward (was '16').",
            "Moderation:OnlyFrom must combine Subscriber, Vip, Moderator (was '8').",
            "Moderation:OverLimit must be Trim or Reject (was '2').",
            "Moderation:Links must be Trim or Reject (was '5').",
        ], Validate(options));
    }

    [Fact]
    public void Validate_EmptyListEntry_NamesItsIndex() =>
        Assert.Equal(["Moderation:BlockedUsers:1 must not be empty (was ' ')."],
            Validate(new ModerationOptions { BlockedUsers = ["troll", " "] }));

    [Fact]
    public void Validate_InvalidPattern_NamesKeyAndPattern()
    {
        var failure = Assert.Single(Validate(new ModerationOptions { BannedPatterns = ["[a-"] })!);

        Assert.StartsWith("Moderation:BannedPatterns:0 must be a valid regular expression (was '[a-'): ", failure);
    }
}
