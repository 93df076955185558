using Microsoft.Extensions.Options;

namespace TtsPanel.App.Tracker;

/// <summary>Checks <see cref="RatingsOptions"/> at start; each message names the key and the value.</summary>
public sealed class RatingsOptionsValidator : IValidateOptions<RatingsOptions>
{
    public ValidateOptionsResult Validate(string? name, RatingsOptions options)
    {
        var failures = new List<string>();
        OptionRange.Check(failures, $"{RatingsOptions.Section}:MaxClips", options.MaxClips, 0, 1_000_000);
        OptionRange.Check(failures, $"{RatingsOptions.Section}:MaxClipAgeDays", options.MaxClipAgeDays, 0, 3_650);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
