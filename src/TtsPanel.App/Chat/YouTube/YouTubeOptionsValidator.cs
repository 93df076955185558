using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace TtsPanel.App.Chat.YouTube;

/// <summary>Checks <see cref="YouTubeOptions"/> at start when YouTube is enabled; each message names the key and the value (never the API key's).</summary>
public sealed partial class YouTubeOptionsValidator : IValidateOptions<YouTubeOptions>
{
    private const string Key = YouTubeOptions.Section;

    public ValidateOptionsResult Validate(string? name, YouTubeOptions options)
    {
        // A disabled source is not read, so a half-filled section must not stop the panel.
        if (!options.Enabled)
            return ValidateOptionsResult.Success;
        var failures = new List<string>();
        CheckApiKey(failures, options.ApiKey);
        CheckChat(failures, options);
        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
            failures.Add($"{Key}:BaseUrl must be an absolute http or https address (was '{options.BaseUrl}').");
        OptionRange.Check(failures, $"{Key}:QuotaUnitsPerDay", options.QuotaUnitsPerDay, 10, 100_000_000);
        OptionRange.Check(failures, $"{Key}:QuotaSpreadHours", options.QuotaSpreadHours, 0.1, 24);
        OptionRange.Check(failures, $"{Key}:MinPollIntervalMs", options.MinPollIntervalMs, 100, 600_000);
        OptionRange.Check(failures, $"{Key}:RequestTimeoutSeconds", options.RequestTimeoutSeconds, 1, 120);
        OptionRange.Check(failures, $"{Key}:RetryMinDelayMs", options.RetryMinDelayMs, 10, 60_000);
        OptionRange.Check(failures, $"{Key}:RetryMaxDelayMs", options.RetryMaxDelayMs, 10, 3_600_000);
        if (options.RetryMaxDelayMs < options.RetryMinDelayMs)
            failures.Add($"{Key}:RetryMaxDelayMs must be at least {Key}:RetryMinDelayMs ({options.RetryMinDelayMs}) (was {options.RetryMaxDelayMs}).");
        OptionRange.Check(failures, $"{Key}:DedupeCapacity", options.DedupeCapacity, 1, 100_000);
        OptionRange.Check(failures, $"{Key}:DedupeWindowSeconds", options.DedupeWindowSeconds, 1, 86_400);
        OptionRange.Check(failures, $"{Key}:EventBufferCapacity", options.EventBufferCapacity, 1, 1_000_000);
        for (var i = 0; i < options.SuperChatTierBits.Count; i++)
            OptionRange.Check(failures, $"{Key}:SuperChatTierBits:{i}", options.SuperChatTierBits[i], 1, 1_000_000);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckApiKey(List<string> failures, string? apiKey)
    {
        // The key is a secret: say what is wrong with it without echoing it.
        if (string.IsNullOrEmpty(apiKey))
            failures.Add($"{Key}:ApiKey must be set when {Key}:Enabled is true (was empty).");
        else if (!Token().IsMatch(apiKey))
            failures.Add($"{Key}:ApiKey must be letters, digits, '-' or '_' only (was a value of {apiKey.Length} characters).");
    }

    private static void CheckChat(List<string> failures, YouTubeOptions options)
    {
        var hasVideo = !string.IsNullOrEmpty(options.VideoId);
        var hasChat = !string.IsNullOrEmpty(options.LiveChatId);
        if (hasVideo == hasChat)
            failures.Add($"{Key}:VideoId or {Key}:LiveChatId must be set, not both (was {(hasVideo ? "both" : "neither")}).");
        if (hasVideo && !VideoIdPattern().IsMatch(options.VideoId!))
            failures.Add($"{Key}:VideoId must be 11 letters, digits, '-' or '_' (was '{options.VideoId}').");
        if (hasChat && !ChatIdPattern().IsMatch(options.LiveChatId!))
            failures.Add($"{Key}:LiveChatId must be letters, digits, '-', '_' or '=' only (was '{options.LiveChatId}').");
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex Token();

    [GeneratedRegex("^[A-Za-z0-9_=-]+$")]
    private static partial Regex ChatIdPattern();

    [GeneratedRegex("^[A-Za-z0-9_-]{11}$")]
    private static partial Regex VideoIdPattern();
}
