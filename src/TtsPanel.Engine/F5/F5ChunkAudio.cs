using TtsPanel.Engine.Abstractions;

namespace TtsPanel.Engine.F5;

/// <summary>One chunk of a message, synthesized: 24 kHz samples, the mel they were vocoded from, and stage timings.</summary>
/// <param name="Samples">Mono 24 kHz audio of the chunk.</param>
/// <param name="Mel">The generated mel handed to the vocoder, channels-first (mel × <paramref name="MelFrames"/>).</param>
/// <param name="MelFrames">Frames in <paramref name="Mel"/>.</param>
/// <param name="Timings">Time spent per stage.</param>
public sealed record F5ChunkAudio(float[] Samples, float[] Mel, int MelFrames, StageTimings Timings);
