using Microsoft.Extensions.Options;

namespace TtsPanel.App.Tracker;

/// <summary>Checks <see cref="TrackerOptions"/> at start; each message names the key and the value.</summary>
public sealed class TrackerOptionsValidator : IValidateOptions<TrackerOptions>
{
    public ValidateOptionsResult Validate(string? name, TrackerOptions options)
    {
        var failures = new List<string>();
        OptionRange.Check(failures, $"{TrackerOptions.Section}:RtfTarget", options.RtfTarget, 0.001, 10);
        OptionRange.Check(failures, $"{TrackerOptions.Section}:RegressionMargin", options.RegressionMargin, 0, 10);
        OptionRange.Check(failures, $"{TrackerOptions.Section}:MaxRecordsAggregated", options.MaxRecordsAggregated, 100, 1_000_000);
        OptionRange.Check(failures, $"{TrackerOptions.Section}:MaxRepetitions", options.MaxRepetitions, 1, 100);
        if (string.IsNullOrWhiteSpace(options.BenchmarkDirectory) || options.BenchmarkDirectory.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
            failures.Add($"{TrackerOptions.Section}:BenchmarkDirectory must be a folder path (was '{options.BenchmarkDirectory}').");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
