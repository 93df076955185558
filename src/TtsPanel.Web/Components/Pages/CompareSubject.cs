using TtsPanel.App.History;
using TtsPanel.App.Tracker;

namespace TtsPanel.Web.Components.Pages;

/// <summary>One side of the Compare page: a benchmark run (<c>run:&lt;id&gt;</c>) or a configuration (<c>config:&lt;id&gt;</c>).</summary>
/// <param name="Key">The query-string form.</param>
/// <param name="Title">What it is, for people.</param>
public sealed record CompareSubject(string Key, string Title)
{
    public const string RunPrefix = "run:";
    public const string ConfigurationPrefix = "config:";

    public static CompareSubject ForRun(BenchmarkRun run) =>
        new(RunPrefix + run.Id, $"Run “{run.Name}” ({run.SetName} × {run.Repetitions}, {run.StartedAt.ToLocalTime():yyyy-MM-dd HH:mm})");

    public static CompareSubject ForConfiguration(EngineConfiguration configuration) =>
        new(ConfigurationPrefix + configuration.Id, $"Configuration {configuration.Id}: {configuration.Label}");

    /// <summary>The figures of <paramref name="key"/>, or the message saying why there are none.</summary>
    public static (ConfigurationFigures? Figures, string? Problem) Resolve(string? key, RunRepository runs, PerformanceQueries queries)
    {
        if (string.IsNullOrEmpty(key))
            return (null, null);
        if (key.StartsWith(RunPrefix, StringComparison.Ordinal))
        {
            if (!Guid.TryParse(key[RunPrefix.Length..], out var id) || runs.Find(id) is not { } run)
                return (null, $"There is no benchmark run '{key[RunPrefix.Length..]}'.");
            return queries.ForRun(run) is { } figures ? (figures, null) : (null, $"Run “{run.Name}” has no records yet.");
        }

        if (key.StartsWith(ConfigurationPrefix, StringComparison.Ordinal))
        {
            var id = key[ConfigurationPrefix.Length..];
            return queries.ForConfiguration(id) is { } figures ? (figures, null) : (null, $"There are no records of configuration '{id}'.");
        }

        return (null, $"'{key}' is neither run:<id> nor config:<id>.");
    }
}
