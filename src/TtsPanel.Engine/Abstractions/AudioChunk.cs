namespace TtsPanel.Engine.Abstractions;

/// <summary>A piece of synthesized mono audio and the stage timings spent producing it.</summary>
/// <param name="Samples">Mono float PCM in [-1, 1].</param>
/// <param name="SampleRateHz">Sample rate of <paramref name="Samples"/>.</param>
/// <param name="Timings">Time spent per stage on this chunk.</param>
public sealed record AudioChunk(float[] Samples, int SampleRateHz, StageTimings Timings);
