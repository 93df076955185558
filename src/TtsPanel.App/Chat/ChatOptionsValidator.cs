using Microsoft.Extensions.Options;

namespace TtsPanel.App.Chat;

/// <summary>Checks <see cref="ChatOptions"/> at start; each message names the key and the value.</summary>
public sealed class ChatOptionsValidator : IValidateOptions<ChatOptions>
{
    /// <summary>Longest hold window, in seconds: beyond ten minutes chat has moved on.</summary>
    public const int MaxHoldWindowSeconds = 600;

    public ValidateOptionsResult Validate(string? name, ChatOptions options)
    {
        var failures = new List<string>();
        OptionRange.Check(failures, $"{ChatOptions.Section}:HoldWindowSeconds", options.HoldWindowSeconds, 0, MaxHoldWindowSeconds);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
