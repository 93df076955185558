using System.Globalization;
using Microsoft.Extensions.Options;

namespace TtsPanel.App.Moderation;

/// <summary>Checks <see cref="ModerationOptions"/> at start; each message names the key and the value.</summary>
public sealed class ModerationOptionsValidator : IValidateOptions<ModerationOptions>
{
    private const string Key = ModerationOptions.Section;

    public ValidateOptionsResult Validate(string? name, ModerationOptions options)
    {
        var failures = new List<string>();
        CheckTriggers(failures, options);
        CheckEnum(failures, "OnlyFrom", options.OnlyFrom, ChatRoles.Subscriber | ChatRoles.Vip | ChatRoles.Moderator);
        CheckEntries(failures, "IgnoredPrefixes", options.IgnoredPrefixes);
        CheckEntries(failures, "BotAccounts", options.BotAccounts);
        CheckEntries(failures, "BlockedUsers", options.BlockedUsers);
        CheckEntries(failures, "BannedWords", options.BannedWords);
        CheckEntries(failures, "BannedPatterns", options.BannedPatterns);
        OptionRange.Check(failures, $"{Key}:MaxCharacters", options.MaxCharacters, 1, 5_000);
        OptionRange.Check(failures, $"{Key}:MaxWords", options.MaxWords, 1, 1_000);
        CheckAction(failures, "OverLimit", options.OverLimit);
        CheckAction(failures, "Links", options.Links);
        OptionRange.Check(failures, $"{Key}:RegexTimeoutMilliseconds", options.RegexTimeoutMilliseconds, 1, 1_000);
        if (options.RegexTimeoutMilliseconds is >= 1 and <= 1_000)
            failures.AddRange(BannedWordList.FindInvalidPatterns(options.BannedPatterns, TimeSpan.FromMilliseconds(options.RegexTimeoutMilliseconds)));
        OptionRange.Check(failures, $"{Key}:MaxRepeatedCharacters", options.MaxRepeatedCharacters, 1, 100);
        OptionRange.Check(failures, $"{Key}:UserCooldownSeconds", options.UserCooldownSeconds, 0, 3_600);
        OptionRange.Check(failures, $"{Key}:MaxPendingPerUser", options.MaxPendingPerUser, 1, 100);
        OptionRange.Check(failures, $"{Key}:RateLimitMessages", options.RateLimitMessages, 1, 1_000);
        OptionRange.Check(failures, $"{Key}:RateLimitWindowSeconds", options.RateLimitWindowSeconds, 1, 3_600);
        OptionRange.Check(failures, $"{Key}:DuplicateWindowSeconds", options.DuplicateWindowSeconds, 0, 86_400);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckTriggers(List<string> failures, ModerationOptions options)
    {
        const ChatTriggers all = ChatTriggers.AllMessages | ChatTriggers.Command | ChatTriggers.Bits | ChatTriggers.Reward;
        if (options.Triggers == ChatTriggers.None)
            failures.Add($"{Key}:Triggers must name at least one of AllMessages, Command, Bits, Reward (was 'None').");
        CheckEnum(failures, "Triggers", options.Triggers, all);
        if (options.Triggers.HasFlag(ChatTriggers.Command)
            && (string.IsNullOrEmpty(options.CommandPrefix) || options.CommandPrefix.Any(char.IsWhiteSpace)))
            failures.Add($"{Key}:CommandPrefix must be one word without spaces, e.g. !tts (was '{options.CommandPrefix}').");
        OptionRange.Check(failures, $"{Key}:MinBits", options.MinBits, 1, 1_000_000);
        if (options.Triggers.HasFlag(ChatTriggers.Reward) && string.IsNullOrWhiteSpace(options.RewardId))
            failures.Add($"{Key}:RewardId must be set when {Key}:Triggers includes Reward (was empty).");
    }

    private static void CheckEnum<T>(List<string> failures, string key, T value, T allFlags) where T : struct, Enum
    {
        var bits = Convert.ToInt32(value, CultureInfo.InvariantCulture);
        if ((bits & ~Convert.ToInt32(allFlags, CultureInfo.InvariantCulture)) != 0)
            failures.Add($"{Key}:{key} must combine {string.Join(", ", Enum.GetNames<T>().Skip(1))} (was '{value}').");
    }

    private static void CheckAction(List<string> failures, string key, LimitAction value)
    {
        if (!Enum.IsDefined(value))
            failures.Add($"{Key}:{key} must be Trim or Reject (was '{value}').");
    }

    private static void CheckEntries(List<string> failures, string key, List<string> entries)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(entries[i]))
                failures.Add($"{Key}:{key}:{i} must not be empty (was '{entries[i]}').");
        }
    }
}
