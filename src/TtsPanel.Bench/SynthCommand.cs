using System.Diagnostics;
using Microsoft.ML.OnnxRuntime;
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
/// mel); with <c>--warmup</c> and <c>--repeat</c> it times several runs and reports per-run stages and medians.
/// </summary>
public static class SynthCommand
{
    public static int Run(SynthOptions options, IAnsiConsole console)
    {
        var loadClock = Stopwatch.StartNew();
        var (sessionOptions, provider) = ExecutionProviderSelector.Select(options.Provider);
        // Only an explicit --provider cuda is strict; auto keeps the panel's behaviour.
        var cpuFallbackDenied = options.Provider == ExecutionPreference.Cuda && !options.AllowCpuFallback;
        using var graphOptions = provider.IsGpu && options.CudaGraphLengths > 0 ? ExecutionProviderSelector.CudaGraphOptions(provider.DeviceId) : null;
        foreach (var sessionSettings in graphOptions is null ? [sessionOptions] : new[] { sessionOptions, graphOptions })
            Configure(sessionSettings, options, cpuFallbackDenied);
        using var pack = LoadPack(options.Pack, provider, options.Vocoder, sessionOptions, graphOptions, options.CudaGraphLengths, cpuFallbackDenied);
        var loadTime = loadClock.Elapsed;
        var environment = new BenchEnvironment(OrtEnv.Instance().GetVersionString(), provider.Provider, provider.Device,
            provider.IsGpu ? GpuName.Query() : "none", pack.Precision, cpuFallbackDenied);
        console.MarkupLineInterpolated(
            $"Pack [bold]{pack.Manifest.Name}[/] ({pack.Precision}, vocoder {pack.Vocoder.Variant}) on {provider.Provider}, {provider.Device}: {provider.Reason}. Loaded in {loadTime.TotalSeconds:0.0} s.");
        console.MarkupLineInterpolated(
            $"ONNX Runtime {environment.OrtVersion}; GPU: {environment.GpuName}; CPU fallback {(provider.IsGpu ? cpuFallbackDenied ? "disabled" : "allowed" : "n/a")}; CUDA graphs {(pack.CudaGraphs is { } graphs ? $"for up to {graphs.MaxLengths} frame counts" : "off")}.");

        var referenceClock = Stopwatch.StartNew();
        var reference = new ReferencePreparer(new LogMelExtractor(pack.MelFilters)).Prepare(File.ReadAllBytes(options.Reference), options.Transcript, targetRms: 0.1);
        var referenceTime = referenceClock.Elapsed;
        var settings = new F5Options { Nfe = options.Nfe, CfgStrength = options.Cfg, FirstChunkSeconds = options.FirstChunkSeconds,
            FrameBucket = options.FrameBucket };
        var synthesizer = new F5Synthesizer(pack);
        // The first runs on a GPU load kernels and autotune; they are kept out of the medians but their times are
        // reported, since a first message of a new length must not be slow.
        var warmupTimes = new List<TimeSpan>();
        for (var run = 0; run < options.Warmup; run++)
            warmupTimes.Add(SynthesizeOnce(synthesizer, reference, options.Text, options, settings).Elapsed);
        var runs = new List<SynthesisRun>();
        for (var run = 0; run < options.Repeat; run++)
            runs.Add(SynthesizeOnce(synthesizer, reference, options.Text, options, settings));

        var last = runs[^1];
        File.WriteAllBytes(options.Output, WavEncoder.EncodePcm16(last.Audio, EngineConstants.OutputSampleRateHz));
        if (options.MelOutput is { } melPath)
            NpyWriter.WriteFloat32(melPath, last.Mel, pack.Manifest.MelChannels, last.Mel.Length / pack.Manifest.MelChannels);
        if (options.WaveNpyOutput is { } wavePath)
            NpyWriter.WriteFloat32(wavePath, last.Audio, last.Audio.Length);
        var summary = new BenchSummary(environment, options, loadTime, referenceTime, warmupTimes, runs);
        if (options.JsonOutput is { } jsonPath)
            BenchJson.Write(jsonPath, summary);
        BenchReport.Write(console, summary);
        if (options.NewLengthText is { } newText)
        {
            // Every chat message has its own length: the first one of a length not seen yet must not be slow.
            var newLength = SynthesizeOnce(synthesizer, reference, newText, options, settings);
            console.MarkupLineInterpolated(
                $"New length in the warm process: {newLength.Audio.Length / (double)EngineConstants.OutputSampleRateHz:0.00} s of audio in {newLength.Elapsed.TotalMilliseconds:0.0} ms (first call).");
        }

        return 0;
    }

    private static void Configure(SessionOptions sessionOptions, SynthOptions options, bool cpuFallbackDenied)
    {
        if (cpuFallbackDenied)
            ExecutionProviderSelector.DenyCpuFallback(sessionOptions);
        sessionOptions.LogSeverityLevel = options.OrtLogLevel;
        if (options.OrtProfilePrefix is { } profilePrefix)
        {
            // Each session writes PREFIX_<time>.json when it is disposed, at the end of the command. The prefix must
            // be set first: enabling profiling hands the current prefix to ORT.
            sessionOptions.ProfileOutputPathPrefix = profilePrefix;
            sessionOptions.EnableProfiling = true;
        }
    }

    private static F5Pack LoadPack(string directory, ExecutionProviderChoice provider, F5VocoderVariant vocoder, SessionOptions sessionOptions,
        SessionOptions? graphOptions, int cudaGraphLengths, bool cpuFallbackDenied)
    {
        using (sessionOptions)
        {
            try
            {
                return F5Pack.LoadFor(directory, provider, vocoder, sessionOptions, graphOptions, cudaGraphLengths);
            }
            catch (ModelPackException e) when (cpuFallbackDenied && e.InnerException is OnnxRuntimeException)
            {
                throw new ModelPackException(
                    $"{e.Message} With --provider cuda every node must run on the GPU; ORT keeps some shape computations on the CPU "
                    + "(--ort-log verbose lists them). Run with --cpu-fallback allow to accept that.", e);
            }
        }
    }

    private static SynthesisRun SynthesizeOnce(F5Synthesizer synthesizer, PreparedReference reference, string text, SynthOptions options,
        F5Options settings)
    {
        var clock = Stopwatch.StartNew();
        var noise = new TorchCpuNormal(options.Seed ?? (ulong)Random.Shared.NextInt64(int.MaxValue));
        var chunks = new List<F5ChunkAudio>();
        TimeSpan? firstAudio = null;
        foreach (var chunk in synthesizer.Synthesize(reference, text, settings, speedFactor: 1.0, noise, CancellationToken.None))
        {
            chunks.Add(chunk);
            // The panel starts playing the first chunk as soon as it is yielded.
            firstAudio ??= clock.Elapsed;
        }

        var audio = CrossFade.Join(chunks.Select(c => c.Samples).ToList(), (int)(settings.CrossFadeSeconds * EngineConstants.OutputSampleRateHz));
        var elapsed = clock.Elapsed;
        var timings = new StageTimings();
        chunks.ForEach(c => timings.Add(c.Timings));
        // Channels-first chunks side by side along time, as the reference's combined spectrogram.
        var mel = ConcatenateAlongTime(chunks, reference.Mel.Channels);
        return new SynthesisRun(audio, mel, chunks.Count, elapsed, firstAudio ?? elapsed, timings);
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
}
