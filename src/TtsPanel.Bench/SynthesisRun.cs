using TtsPanel.Engine.Abstractions;

namespace TtsPanel.Bench;

/// <summary>One timed synthesis of the whole message: audio, mel, chunk count, wall time, time to first audio and stages.</summary>
public sealed record SynthesisRun(float[] Audio, float[] Mel, int Chunks, TimeSpan Elapsed, TimeSpan FirstAudio, StageTimings Timings)
{
    public double AudioSeconds => (double)Audio.Length / EngineConstants.OutputSampleRateHz;

    /// <summary>Synthesis time divided by audio duration.</summary>
    public double Rtf => Elapsed.TotalSeconds / AudioSeconds;

    /// <summary>Milliseconds spent in <paramref name="stage"/>, 0 when the stage did not run.</summary>
    public double StageMilliseconds(string stage) =>
        Timings.Stages.Where(s => s.Key == stage).Sum(s => s.Value.TotalMilliseconds);
}
