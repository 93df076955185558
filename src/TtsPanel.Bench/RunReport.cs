using System.Globalization;
using Spectre.Console;
using TtsPanel.App.History;
using TtsPanel.App.Tracker;

namespace TtsPanel.Bench;

/// <summary>The console report of a benchmark run: per text, per configuration, per stage, and ratios against a baseline.</summary>
public static class RunReport
{
    public static void Write(IAnsiConsole console, BenchmarkRun run, IReadOnlyList<SynthesisRecord> records, ConfigurationFigures? figures,
        ConfigurationFigures? baseline, string databasePath)
    {
        if (records.Count > 0)
            console.Write(PerText(records));
        if (figures is not null)
        {
            console.Write(Summary(figures));
            console.Write(Stages(figures));
        }

        if (baseline is not null && figures is not null)
            console.Write(Comparison(figures, baseline));
        var state = run.State switch
        {
            BenchmarkRunState.Completed => "[green]completed[/]",
            BenchmarkRunState.Failed => $"[red]failed: {Markup.Escape(run.Error ?? "")}[/]",
            _ => $"[yellow]{run.State.ToString().ToLowerInvariant()}[/]",
        };
        console.MarkupLine($"Run {run.Id} {state} with {run.RecordCount} of {run.PlannedCount} syntheses; stored in {Markup.Escape(databasePath)}.");
    }

    /// <summary>One row per text: medians over its repetitions, in set order.</summary>
    private static Table PerText(IReadOnlyList<SynthesisRecord> records)
    {
        var table = new Table().Title("per text (median over repetitions)").AddColumns("text", "n", "chunks", "audio s", "synth ms", "first audio ms", "RTF");
        foreach (var text in records.GroupBy(r => r.Text))
        {
            table.AddRow(Markup.Escape(Shorten(text.Key)), Cell(text.Count()), Cell(text.Max(r => r.ChunkCount)), Cell(Median(text.Select(r => r.AudioSeconds)), "0.00"),
                Cell(Median(text.Select(r => r.SynthesisMs)), "0.0"), Cell(Median(text.Select(r => r.TimeToFirstAudioMs)), "0.0"),
                Cell(Median(text.Select(r => r.Rtf)), "0.0000"));
        }

        return table;
    }

    private static Table Summary(ConfigurationFigures figures) =>
        new Table().Title("per configuration").AddColumns("configuration", "n", "median RTF", "p95 RTF", "best RTF", "mean RTF", "median synth ms")
            .AddRow(Markup.Escape($"{figures.ConfigurationId} {figures.Label}"), Cell(figures.Rtf.Count), Cell(figures.Rtf.Median, "0.0000"),
                Cell(figures.Rtf.P95, "0.0000"), Cell(figures.Rtf.Best, "0.0000"), Cell(figures.Rtf.Mean, "0.0000"), Cell(figures.MedianSynthesisMs, "0.0"));

    private static Table Stages(ConfigurationFigures figures)
    {
        var total = figures.MeanStageMs.Sum(s => s.Value);
        var table = new Table().Title("stage breakdown (mean per synthesis)").AddColumns("stage", "ms", "share");
        foreach (var (stage, ms) in figures.MeanStageMs)
            table.AddRow(stage, Cell(ms, "0.0"), total > 0 ? (ms / total).ToString("0.0 %", CultureInfo.InvariantCulture) : "-");
        return table;
    }

    /// <summary>This run ÷ the baseline: below 1 is faster.</summary>
    private static Table Comparison(ConfigurationFigures figures, ConfigurationFigures baseline)
    {
        var table = new Table().Title("against the baseline run (this ÷ baseline; below 1 is faster)").AddColumns("figure", "baseline", "this run", "ratio");
        Row(table, "median RTF", baseline.Rtf.Median, figures.Rtf.Median);
        Row(table, "p95 RTF", baseline.Rtf.P95, figures.Rtf.P95);
        Row(table, "best RTF", baseline.Rtf.Best, figures.Rtf.Best);
        Row(table, "median synth ms", baseline.MedianSynthesisMs, figures.MedianSynthesisMs);
        Row(table, "median first audio ms", baseline.MedianTimeToFirstAudioMs, figures.MedianTimeToFirstAudioMs);
        foreach (var (stage, ms) in figures.MeanStageMs)
        {
            if (baseline.MeanStageMs.FirstOrDefault(s => s.Key == stage) is { Key: not null } before)
                Row(table, $"{stage} ms", before.Value, ms);
        }

        return table;
    }

    private static void Row(Table table, string figure, double baseline, double current) =>
        table.AddRow(figure, Cell(baseline, "0.0000"), Cell(current, "0.0000"), baseline > 0 ? Cell(current / baseline, "0.000") : "-");

    private static double Median(IEnumerable<double> values) => RtfStatistics.Percentile(values.Order().ToArray(), 0.5);

    private static string Shorten(string text) => text.Length <= 48 ? text : text[..45] + "...";

    private static string Cell(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static string Cell(int value) => value.ToString(CultureInfo.InvariantCulture);
}
