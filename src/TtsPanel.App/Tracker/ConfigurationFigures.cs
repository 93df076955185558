using TtsPanel.App.History;

namespace TtsPanel.App.Tracker;

/// <summary>Speed figures of one configuration over a set of records.</summary>
/// <param name="ConfigurationId">The configuration; empty for records made before configurations were recorded.</param>
/// <param name="Label">What it is, for people; <c>(not recorded)</c> for the empty id.</param>
/// <param name="Rtf">RTF count, mean, median, p95 and best.</param>
/// <param name="MedianSynthesisMs">Median synthesis time in milliseconds.</param>
/// <param name="MedianTimeToFirstAudioMs">Median time to first audio in milliseconds.</param>
/// <param name="MeanStageMs">Mean milliseconds per stage, in the order the stages first ran.</param>
public sealed record ConfigurationFigures(
    string ConfigurationId,
    string Label,
    RtfSummary Rtf,
    double MedianSynthesisMs,
    double MedianTimeToFirstAudioMs,
    IReadOnlyList<KeyValuePair<string, double>> MeanStageMs)
{
    /// <summary>The label of records made before configurations were recorded.</summary>
    public const string UnrecordedLabel = "(not recorded)";

    /// <summary>The figures of <paramref name="records"/>, all of one configuration.</summary>
    public static ConfigurationFigures From(string configurationId, string label, IReadOnlyCollection<SynthesisRecord> records)
    {
        var stages = new List<KeyValuePair<string, double>>();
        foreach (var stage in records.SelectMany(r => r.StageMs.Keys).Distinct())
            stages.Add(new(stage, records.Sum(r => r.StageMs.GetValueOrDefault(stage)) / records.Count));
        return new ConfigurationFigures(configurationId, label, RtfStatistics.Summarize(records.Select(r => r.Rtf)),
            Median(records.Select(r => r.SynthesisMs)), Median(records.Select(r => r.TimeToFirstAudioMs)), stages);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : RtfStatistics.Percentile(sorted, 0.5);
    }
}
