using System.Text.Json;

namespace TtsPanel.Bench;

/// <summary>
/// Writes a benchmark set as JSON for scripts and the history. Written field by field with <see cref="Utf8JsonWriter"/>
/// so that a trimmed publish of the bench needs no reflection metadata.
/// </summary>
public static class BenchJson
{
    public static void Write(string path, BenchSummary summary)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        var (environment, options) = (summary.Environment, summary.Options);
        json.WriteStartObject();
        json.WriteString("ortVersion", environment.OrtVersion);
        json.WriteString("provider", environment.Provider);
        json.WriteString("device", environment.Device);
        json.WriteString("gpu", environment.GpuName);
        json.WriteString("precision", environment.Precision);
        json.WriteBoolean("cpuFallbackDisabled", environment.CpuFallbackDisabled);
        json.WriteString("pack", options.Pack);
        json.WriteString("text", options.Text);
        json.WriteNumber("nfe", options.Nfe);
        json.WriteNumber("cfg", options.Cfg);
        if (options.Seed is { } seed)
            json.WriteNumber("seed", seed);
        // The GPU settings change the figures (CUDA graphs, length buckets) or the chunking: a run names its own.
        json.WriteNumber("cudaGraphLengths", options.CudaGraphLengths);
        json.WriteNumber("frameBucket", options.FrameBucket);
        json.WriteNumber("firstChunkSeconds", options.FirstChunkSeconds);
        json.WriteStartArray("warmupTotalMs");
        foreach (var time in summary.WarmupTimes)
            json.WriteNumberValue(time.TotalMilliseconds);
        json.WriteEndArray();
        json.WriteNumber("loadMs", summary.LoadTime.TotalMilliseconds);
        json.WriteNumber("referenceMs", summary.ReferenceTime.TotalMilliseconds);
        json.WriteStartObject("median");
        json.WriteNumber("totalMs", summary.MedianTotalMilliseconds);
        json.WriteNumber("firstAudioMs", summary.MedianFirstAudioMilliseconds);
        json.WriteNumber("rtf", summary.MedianRtf);
        WriteStages(json, stage => summary.MedianStageMilliseconds(stage));
        json.WriteEndObject();
        json.WriteStartArray("runs");
        foreach (var run in summary.Runs)
        {
            json.WriteStartObject();
            json.WriteNumber("totalMs", run.Elapsed.TotalMilliseconds);
            json.WriteNumber("firstAudioMs", run.FirstAudio.TotalMilliseconds);
            json.WriteNumber("audioSeconds", run.AudioSeconds);
            json.WriteNumber("rtf", run.Rtf);
            json.WriteNumber("chunks", run.Chunks);
            WriteStages(json, run.StageMilliseconds);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteStages(Utf8JsonWriter json, Func<string, double> milliseconds)
    {
        json.WriteStartObject("stagesMs");
        foreach (var stage in BenchSummary.Stages)
            json.WriteNumber(stage, milliseconds(stage));
        json.WriteEndObject();
    }
}
