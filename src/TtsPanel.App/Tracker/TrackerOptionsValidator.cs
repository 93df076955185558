using System.Globalization;
using Microsoft.Extensions.Options;

namespace TtsPanel.App.Tracker;

/// <summary>Checks <see cref="TrackerOptions"/> at start; each message names the key and the value.</summary>
public sealed class TrackerOptionsValidator : IValidateOptions<TrackerOptions>
{
    public ValidateOptionsResult Validate(string? name, TrackerOptions options)
    {
        var failures = new List<string>();
        Range(failures, "RtfTarget", options.RtfTarget, 0.001, 10);
        Range(failures, "RegressionMargin", options.RegressionMargin, 0, 10);
        Range(failures, "MaxRecordsAggregated", options.MaxRecordsAggregated, 100, 1_000_000);
        Range(failures, "MaxRepetitions", options.MaxRepetitions, 1, 100);
        if (string.IsNullOrWhiteSpace(options.BenchmarkDirectory) || options.BenchmarkDirectory.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
            failures.Add($"{TrackerOptions.Section}:BenchmarkDirectory must be a folder path (was '{options.BenchmarkDirectory}').");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Range(List<string> failures, string key, double value, double min, double max)
    {
        if (!(value >= min && value <= max))
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{TrackerOptions.Section}:{key} must be between {min} and {max} (was {value})."));
    }
}
