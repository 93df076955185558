using Microsoft.Extensions.Options;
using TtsPanel.App.History;

namespace TtsPanel.App.Tracker;

/// <summary>
/// The Performance and Compare pages' figures. The count uses the indexes; the figures come from the newest
/// <see cref="TrackerOptions.MaxRecordsAggregated"/> matching records, so a database of millions of records answers
/// as quickly as one of thousands, and the page says when older records were left out.
/// </summary>
public sealed class PerformanceQueries(HistoryRepository history, RunRepository runs, IOptions<TrackerOptions> options)
{
    /// <summary>Time buckets of the RTF chart.</summary>
    public const int TimelineBuckets = 24;

    /// <summary>Figures, timeline and regression check for the records matching <paramref name="filter"/>.</summary>
    public PerformanceReport Report(RecordFilter filter)
    {
        var total = history.Count(filter);
        var sample = history.Newest(filter, 0, options.Value.MaxRecordsAggregated);
        var labels = history.Configurations().ToDictionary(c => c.Id, c => c.Label);
        var figures = sample
            .GroupBy(r => r.ConfigurationId)
            .OrderByDescending(g => g.Count())
            .Select(g => ConfigurationFigures.From(g.Key, Label(labels, g.Key), g.ToList()))
            .ToList();
        return new PerformanceReport(total, sample.Count, figures, Timeline(sample), RegressionReport.Check(runs, options.Value.RegressionMargin));
    }

    /// <summary>Figures of one configuration (all its records, or the newest cap of them); null when it has none.</summary>
    public ConfigurationFigures? ForConfiguration(string configurationId) =>
        Figures(new RecordFilter(ConfigurationId: configurationId), configurationId);

    /// <summary>Figures of one run's records; null when it has none.</summary>
    public ConfigurationFigures? ForRun(BenchmarkRun run) => Figures(new RecordFilter(RunId: run.Id), run.ConfigurationId);

    private ConfigurationFigures? Figures(RecordFilter filter, string configurationId)
    {
        var records = history.Newest(filter, 0, options.Value.MaxRecordsAggregated);
        if (records.Count == 0)
            return null;
        var label = history.FindConfiguration(configurationId)?.Label ?? ConfigurationFigures.UnrecordedLabel;
        return ConfigurationFigures.From(configurationId, label, records.ToList());
    }

    private static string Label(Dictionary<string, string> labels, string id) =>
        labels.GetValueOrDefault(id) ?? (id.Length == 0 ? ConfigurationFigures.UnrecordedLabel : id);

    /// <summary>The sample's time span cut into equal buckets, each with its median RTF.</summary>
    private static List<RtfPoint> Timeline(IReadOnlyList<SynthesisRecord> sample)
    {
        if (sample.Count == 0)
            return [];
        var first = sample.Min(r => r.CreatedAt);
        var span = sample.Max(r => r.CreatedAt) - first;
        var width = span <= TimeSpan.Zero ? TimeSpan.FromMinutes(1) : span / TimelineBuckets;
        return sample
            .GroupBy(r => Math.Min(TimelineBuckets - 1, (int)((r.CreatedAt - first) / width)))
            .OrderBy(g => g.Key)
            .Select(g => new RtfPoint(first + g.Key * width, RtfStatistics.Summarize(g.Select(r => r.Rtf)).Median, g.Count()))
            .ToList();
    }
}
