using Microsoft.Extensions.Options;
using TtsPanel.App;

namespace TtsPanel.Web.Api.Webhook;

/// <summary>Checks <see cref="WebhookOptions"/> at start; messages name the key, and never show the token itself.</summary>
public sealed class WebhookOptionsValidator : IValidateOptions<WebhookOptions>
{
    public ValidateOptionsResult Validate(string? name, WebhookOptions options)
    {
        var failures = new List<string>();
        var key = $"{WebhookOptions.Section}:Token";
        if (options.Enabled && string.IsNullOrWhiteSpace(options.Token))
            failures.Add($"{key} must be set when {WebhookOptions.Section}:Enabled is true; use a long random string, e.g. from 'openssl rand -hex 32'.");
        else if (options.Enabled && options.Token!.Trim().Length < WebhookOptions.MinTokenLength)
            failures.Add($"{key} must be at least {WebhookOptions.MinTokenLength} characters long (was {options.Token.Trim().Length} characters).");
        OptionRange.Check(failures, $"{WebhookOptions.Section}:RateLimitMessages", options.RateLimitMessages, 1, 10_000);
        OptionRange.Check(failures, $"{WebhookOptions.Section}:RateLimitWindowSeconds", options.RateLimitWindowSeconds, 1, 3_600);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
