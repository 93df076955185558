using System.Diagnostics;
using TtsPanel.Engine.Abstractions;
using TtsPanel.Engine.F5.Pack;
using TtsPanel.Engine.F5.Reference;
using TtsPanel.Engine.F5.Sampling;
using TtsPanel.Engine.F5.Text;

namespace TtsPanel.Engine.F5;

/// <summary>
/// Speaks text in the voice of a prepared reference: splits it into chunks, and for each builds the tokens and the
/// condition, runs the conditioning graph once, integrates the flow over the time grid, cuts the reference frames
/// and vocodes. Chunks come out one by one so the first can play while the next is made.
/// </summary>
public sealed class F5Synthesizer(F5Pack pack)
{
    private readonly F5GraphRunner _graphs = new(pack);
    private readonly F5Tokenizer _tokenizer = new(pack.Vocabulary);

    private int Mel => pack.Manifest.MelChannels;

    /// <summary>
    /// The chunks <paramref name="text"/> is split into for <paramref name="reference"/> at <paramref name="speed"/>;
    /// with <paramref name="firstChunkSeconds"/> above 0 the first chunk holds only the sentences that fit in about that
    /// much speech (at least one), so that a long message starts playing sooner.
    /// </summary>
    public IReadOnlyList<string> PlanChunks(PreparedReference reference, string text, double speed, double firstChunkSeconds = 0) =>
        TextChunker.Chunk(text, TextChunker.MaxChunkBytes(reference.Transcript, reference.Seconds, speed),
            ChunkDuration.MaxChunkBytes(reference.Samples.Length, ReferenceText.ForModel(reference.Transcript), speed,
                pack.Manifest.HopLength, pack.Manifest.MaxFrames),
            firstChunkSeconds > 0 ? TextChunker.FirstChunkBytes(reference.Transcript, reference.Seconds, firstChunkSeconds, speed) : int.MaxValue);

    /// <summary>
    /// Synthesizes every chunk in order, drawing each chunk's noise from <paramref name="noise"/>; the speed is the
    /// configured one times <paramref name="speedFactor"/> (a request's own factor, 1 normally).
    /// </summary>
    /// <exception cref="ArgumentException">The text has no character the vocabulary knows.</exception>
    public IEnumerable<F5ChunkAudio> Synthesize(PreparedReference reference, string text, F5Options options, double speedFactor,
        TorchCpuNormal noise, CancellationToken cancellationToken)
    {
        var grid = TimeGrid.Create(options.Nfe, options.SwayCoefficient);
        var transcript = ReferenceText.ForModel(reference.Transcript);
        var speed = options.Speed * speedFactor;
        foreach (var chunk in PlanChunks(reference, text, speed, options.FirstChunkSeconds))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return SynthesizeChunk(reference, transcript, chunk, grid, options, speed, noise, cancellationToken);
        }
    }

    private F5ChunkAudio SynthesizeChunk(PreparedReference reference, string transcript, string chunk, float[] grid, F5Options options,
        double speed, TorchCpuNormal noise, CancellationToken cancellationToken)
    {
        if (pack.CudaGraphs is not { } graphs)
            return SynthesizeChunkOnce(reference, transcript, chunk, grid, options, speed, noise, cancellationToken);
        return graphs.Thread.Run(() => SynthesizeChunkOnce(reference, transcript, chunk, grid, options, speed, noise, cancellationToken));
    }

    private F5ChunkAudio SynthesizeChunkOnce(PreparedReference reference, string transcript, string chunk, float[] grid, F5Options options,
        double speed, TorchCpuNormal noise, CancellationToken cancellationToken)
    {
        var timings = new StageTimings();
        var clock = Stopwatch.StartNew();
        var chunkIds = _tokenizer.Encode(chunk);
        if (chunkIds.All(id => id == 0))
            throw new ArgumentException($"The text has no character the model's vocabulary knows: \"{chunk}\".");
        var ids = _tokenizer.Encode(transcript + chunk).Select(id => (long)id).ToArray();
        var duration = ChunkDuration.Plan(reference.Samples.Length, transcript, chunk, ids.Length, speed,
            pack.Manifest.HopLength, pack.Manifest.MaxFrames, options.FrameBucketWith(cudaGraphsRun: pack.CudaGraphs is not null));
        var frames = duration.TotalFrames;
        timings.Add(F5Stages.TextFrontEnd, clock.Elapsed);

        clock.Restart();
        using var conditioning = _graphs.Condition(ids, MelLayout.PadReference(reference.Mel.Values, frames, Mel), frames);
        timings.Add(F5Stages.Conditioning, clock.Elapsed);

        clock.Restart();
        var x = _graphs.Integrate(noise.Next(frames * Mel), grid, options.CfgStrength, conditioning, cancellationToken);
        timings.Add(F5Stages.FlowSteps, clock.Elapsed);

        clock.Restart();
        MelLayout.PasteReference(x, reference.Mel.Values);
        var mel = MelLayout.CutChannelsFirst(x, frames, Mel, duration.ReferenceFrames);
        var wave = _graphs.Vocode(mel, duration.GeneratedFrames);
        timings.Add(F5Stages.Vocoder, clock.Elapsed);

        clock.Restart();
        var gain = (float)reference.OutputGain;
        if (gain != 1f)
        {
            for (var i = 0; i < wave.Length; i++)
                wave[i] *= gain;
        }

        timings.Add(F5Stages.PostProcessing, clock.Elapsed);
        return new F5ChunkAudio(wave, mel, duration.GeneratedFrames, timings);
    }
}
