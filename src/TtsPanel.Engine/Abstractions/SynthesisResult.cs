namespace TtsPanel.Engine.Abstractions;

/// <summary>A whole synthesized utterance.</summary>
/// <param name="Samples">Mono float PCM in [-1, 1].</param>
/// <param name="SampleRateHz">Sample rate of <paramref name="Samples"/>.</param>
/// <param name="Timings">Time spent per stage over all chunks.</param>
/// <param name="SynthesisTime">Wall-clock time from the request to the last sample.</param>
/// <param name="TimeToFirstAudio">Wall-clock time from the request to the first chunk with samples: when playback could start.</param>
public sealed record SynthesisResult(float[] Samples, int SampleRateHz, StageTimings Timings, TimeSpan SynthesisTime, TimeSpan TimeToFirstAudio)
{
    /// <summary>
    /// How many chunks with audio the engine streamed; default 0. F5 streams each text chunk and then the held-back
    /// cross-fade tail, so a message of one text chunk counts 2.
    /// </summary>
    public int ChunkCount { get; init; }

    /// <summary>Length of the audio in seconds.</summary>
    public double AudioSeconds => (double)Samples.Length / SampleRateHz;

    /// <summary>Real-time factor: synthesis time divided by audio duration (lower is faster).</summary>
    public double RealTimeFactor => AudioSeconds > 0 ? SynthesisTime.TotalSeconds / AudioSeconds : double.PositiveInfinity;
}
