using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using TtsPanel.Engine.Abstractions;
using TtsPanel.Engine.Audio;
using TtsPanel.Engine.F5;
using TtsPanel.Engine.F5.Audio;
using TtsPanel.Engine.F5.Pack;
using TtsPanel.Engine.F5.Reference;
using TtsPanel.Engine.F5.Sampling;
using TtsPanel.Engine.Onnx;

namespace TtsPanel.Bench;

/// <summary>
/// <c>synth</c>: loads a pack, prepares a reference clip, speaks one message and writes the WAV (and the generated
/// mel); with <c>--repeat</c> it times several runs and reports the median.
/// </summary>
public static class SynthCommand
{
    public static int Run(SynthOptions options, IAnsiConsole console)
    {
        var loadClock = Stopwatch.StartNew();
        var (sessionOptions, provider) = ExecutionProviderSelector.Select(options.Provider);
        using var pack = LoadPack(options.Pack, provider, options.Vocoder, sessionOptions);
        var loadTime = loadClock.Elapsed;
        console.MarkupLineInterpolated($"Pack [bold]{pack.Manifest.Name}[/] ({pack.Precision}, vocoder {pack.Vocoder.Variant}) on {provider.Provider}, {provider.Device}: {provider.Reason}. Loaded in {loadTime.TotalSeconds:0.0} s.");

        var reference = new ReferencePreparer(new LogMelExtractor(pack.MelFilters)).Prepare(File.ReadAllBytes(options.Reference), options.Transcript, targetRms: 0.1);
        var settings = new F5Options { Nfe = options.Nfe, CfgStrength = options.Cfg };
        var synthesizer = new F5Synthesizer(pack);
        var runs = new List<SynthesisRun>();
        for (var run = 0; run < options.Repeat; run++)
            runs.Add(SynthesizeOnce(synthesizer, reference, options, settings));

        var last = runs[^1];
        File.WriteAllBytes(options.Output, WavEncoder.EncodePcm16(last.Audio, EngineConstants.OutputSampleRateHz));
        if (options.MelOutput is { } melPath)
            NpyWriter.WriteFloat32(melPath, last.Mel, pack.Manifest.MelChannels, last.Mel.Length / pack.Manifest.MelChannels);
        Report(console, runs, options);
        return 0;
    }

    private static F5Pack LoadPack(string directory, ExecutionProviderChoice provider, F5VocoderVariant vocoder,
        Microsoft.ML.OnnxRuntime.SessionOptions sessionOptions)
    {
        using (sessionOptions)
            return F5Pack.LoadFor(directory, provider, vocoder, sessionOptions);
    }

    private static SynthesisRun SynthesizeOnce(F5Synthesizer synthesizer, PreparedReference reference, SynthOptions options, F5Options settings)
    {
        var clock = Stopwatch.StartNew();
        var noise = new TorchCpuNormal(options.Seed ?? (ulong)Random.Shared.NextInt64(int.MaxValue));
        var chunks = synthesizer.Synthesize(reference, options.Text, settings, speedFactor: 1.0, noise, CancellationToken.None).ToList();
        var audio = CrossFade.Join(chunks.Select(c => c.Samples).ToList(), (int)(settings.CrossFadeSeconds * EngineConstants.OutputSampleRateHz));
        var elapsed = clock.Elapsed;
        var timings = new StageTimings();
        chunks.ForEach(c => timings.Add(c.Timings));
        // Channels-first chunks side by side along time, as the reference's combined spectrogram.
        var mel = ConcatenateAlongTime(chunks, reference.Mel.Channels);
        return new SynthesisRun(audio, mel, chunks.Count, elapsed, timings);
    }

    private static float[] ConcatenateAlongTime(List<F5ChunkAudio> chunks, int channels)
    {
        var total = chunks.Sum(c => c.MelFrames);
        var mel = new float[channels * total];
        var offset = 0;
        foreach (var chunk in chunks)
        {
            for (var c = 0; c < channels; c++)
                chunk.Mel.AsSpan(c * chunk.MelFrames, chunk.MelFrames).CopyTo(mel.AsSpan(c * total + offset));
            offset += chunk.MelFrames;
        }

        return mel;
    }

    private static void Report(IAnsiConsole console, List<SynthesisRun> runs, SynthOptions options)
    {
        var table = new Table().AddColumns("run", "chunks", "audio s", "synthesis ms", "RTF");
        foreach (var (run, index) in runs.Select((r, i) => (r, i + 1)))
            table.AddRow(Cell(index), Cell(run.Chunks), Cell(run.AudioSeconds, "0.00"), Cell(run.Elapsed.TotalMilliseconds, "0"), Cell(run.Rtf, "0.000"));
        console.Write(table);
        var median = runs.Select(r => r.Rtf).Order().ElementAt(runs.Count / 2);
        console.MarkupLineInterpolated($"Median RTF over {runs.Count} run(s): [bold]{median:0.000}[/]. Stages of the last run (ms): {string.Join(", ", runs[^1].Timings.Stages.Select(s => $"{s.Key} {s.Value.TotalMilliseconds:0}"))}.");
        console.MarkupLineInterpolated($"Wrote {options.Output}{(options.MelOutput is null ? "" : " and " + options.MelOutput)}.");
    }

    private static string Cell(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static string Cell(int value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed record SynthesisRun(float[] Audio, float[] Mel, int Chunks, TimeSpan Elapsed, StageTimings Timings)
    {
        public double AudioSeconds => (double)Audio.Length / EngineConstants.OutputSampleRateHz;

        public double Rtf => Elapsed.TotalSeconds / AudioSeconds;
    }
}
