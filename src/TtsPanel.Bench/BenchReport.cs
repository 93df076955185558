using System.Globalization;
using Spectre.Console;

namespace TtsPanel.Bench;

/// <summary>The console table of a benchmark set: one row per timed run with its stages, then the medians.</summary>
public static class BenchReport
{
    public static void Write(IAnsiConsole console, BenchSummary summary)
    {
        var table = new Table().AddColumns(["run", "chunks", "audio s", "total ms", "first audio ms", .. BenchSummary.Stages.Select(s => s + " ms"), "RTF"]);
        foreach (var (run, index) in summary.Runs.Select((r, i) => (r, i + 1)))
        {
            table.AddRow([Cell(index), Cell(run.Chunks), Cell(run.AudioSeconds, "0.00"), Cell(run.Elapsed.TotalMilliseconds, "0.0"),
                Cell(run.FirstAudio.TotalMilliseconds, "0.0"), .. BenchSummary.Stages.Select(s => Cell(run.StageMilliseconds(s), "0.0")), Cell(run.Rtf, "0.0000")]);
        }

        table.AddRow(["median", "", Cell(summary.Runs[0].AudioSeconds, "0.00"), Cell(summary.MedianTotalMilliseconds, "0.0"),
            Cell(summary.MedianFirstAudioMilliseconds, "0.0"), .. BenchSummary.Stages.Select(s => Cell(summary.MedianStageMilliseconds(s), "0.0")), Cell(summary.MedianRtf, "0.0000")]);
        console.Write(table);
        var options = summary.Options;
        console.MarkupLineInterpolated(
            $"Median over {summary.Runs.Count} run(s) after {options.Warmup} warm-up run(s): RTF [bold]{summary.MedianRtf:0.0000}[/], total {summary.MedianTotalMilliseconds:0.0} ms, first audio {summary.MedianFirstAudioMilliseconds:0.0} ms. Reference preparation (once per voice): {summary.ReferenceTime.TotalMilliseconds:0.0} ms.");
        if (summary.WarmupTimes.Count > 0)
            console.MarkupLineInterpolated($"Warm-up runs (ms): {string.Join(", ", summary.WarmupTimes.Select(t => Cell(t.TotalMilliseconds, "0.0")))}.");
        var written = new[] { options.Output, options.MelOutput, options.WaveNpyOutput, options.JsonOutput }.OfType<string>();
        console.MarkupLineInterpolated($"Wrote {string.Join(", ", written)}.");
    }

    private static string Cell(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static string Cell(int value) => value.ToString(CultureInfo.InvariantCulture);
}
