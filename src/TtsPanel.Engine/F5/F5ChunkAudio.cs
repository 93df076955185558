using TtsPanel.Engine.Abstractions;

namespace TtsPanel.Engine.F5;

/// <summary>One chunk of a message, synthesized: 24 kHz samples and the time each stage took.</summary>
public sealed record F5ChunkAudio(float[] Samples, StageTimings Timings);
