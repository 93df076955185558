using System.Diagnostics;

namespace TtsPanel.Engine.Abstractions;

/// <summary>Whole-utterance synthesis on top of an engine's streaming path.</summary>
public static class TtsEngineExtensions
{
    /// <summary>Collects every chunk of <paramref name="request"/> into one result, timing the whole synthesis.</summary>
    public static async Task<SynthesisResult> SynthesizeAsync(
        this ITtsEngine engine, SynthesisRequest request, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var timings = new StageTimings();
        var samples = new List<float>();
        int? sampleRateHz = null;
        TimeSpan? firstAudio = null;
        var chunkCount = 0;
        await foreach (var chunk in engine.StreamAsync(request, cancellationToken))
        {
            if (sampleRateHz is { } rate && rate != chunk.SampleRateHz)
                throw new InvalidOperationException($"Engine {engine.Name} changed sample rate mid-utterance ({rate} → {chunk.SampleRateHz} Hz).");
            sampleRateHz = chunk.SampleRateHz;
            if (chunk.Samples.Length > 0)
            {
                firstAudio ??= clock.Elapsed;
                chunkCount++;
            }

            samples.AddRange(chunk.Samples);
            timings.Add(chunk.Timings);
        }

        var total = clock.Elapsed;
        return new SynthesisResult(samples.ToArray(), sampleRateHz ?? EngineConstants.OutputSampleRateHz, timings, total, firstAudio ?? total)
        {
            ChunkCount = chunkCount,
        };
    }
}
