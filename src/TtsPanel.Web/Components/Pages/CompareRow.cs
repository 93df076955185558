using System.Globalization;
using TtsPanel.App.Tracker;

namespace TtsPanel.Web.Components.Pages;

/// <summary>One line of the Compare page's speed table: a figure for A and B and their ratio.</summary>
public sealed record CompareRow(string Figure, double A, double B, string NumberFormat)
{
    /// <summary>B ÷ A to three decimals; a dash when A is zero.</summary>
    public string Ratio => A > 0 ? (B / A).ToString("0.000", CultureInfo.InvariantCulture) : "–";

    public string Format(double value) => value.ToString(NumberFormat, CultureInfo.InvariantCulture);

    /// <summary>Count, RTF figures, times and the mean of each stage both sides ran.</summary>
    public static IEnumerable<CompareRow> Speed(ConfigurationFigures a, ConfigurationFigures b)
    {
        yield return new("Syntheses", a.Rtf.Count, b.Rtf.Count, "0");
        yield return new("Median RTF", a.Rtf.Median, b.Rtf.Median, "0.000");
        yield return new("p95 RTF", a.Rtf.P95, b.Rtf.P95, "0.000");
        yield return new("Best RTF", a.Rtf.Best, b.Rtf.Best, "0.000");
        yield return new("Mean RTF", a.Rtf.Mean, b.Rtf.Mean, "0.000");
        yield return new("Median synthesis ms", a.MedianSynthesisMs, b.MedianSynthesisMs, "0");
        yield return new("Median first audio ms", a.MedianTimeToFirstAudioMs, b.MedianTimeToFirstAudioMs, "0");
        foreach (var (stage, ms) in a.MeanStageMs)
        {
            if (b.MeanStageMs.Any(s => s.Key == stage))
                yield return new($"Stage {stage} ms (mean)", ms, b.MeanStageMs.First(s => s.Key == stage).Value, "0.0");
        }
    }
}
