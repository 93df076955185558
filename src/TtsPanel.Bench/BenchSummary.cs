using TtsPanel.Engine.F5;

namespace TtsPanel.Bench;

/// <summary>A benchmark set: where it ran, what was asked, the one-off costs, the timed runs and their medians.</summary>
public sealed class BenchSummary(BenchEnvironment environment, SynthOptions options, TimeSpan loadTime, TimeSpan referenceTime,
    IReadOnlyList<TimeSpan> warmupTimes, IReadOnlyList<SynthesisRun> runs)
{
    /// <summary>The per-run stages, in pipeline order; reference preparation is once per voice and is reported apart.</summary>
    public static readonly string[] Stages =
        [F5Stages.TextFrontEnd, F5Stages.Conditioning, F5Stages.FlowSteps, F5Stages.Vocoder, F5Stages.PostProcessing];

    public BenchEnvironment Environment => environment;

    public SynthOptions Options => options;

    /// <summary>Time to create the three sessions.</summary>
    public TimeSpan LoadTime => loadTime;

    /// <summary>Time to prepare the reference clip (RMS rule, log-mel), once per voice.</summary>
    public TimeSpan ReferenceTime => referenceTime;

    /// <summary>Wall time of each warm-up run, in order: the first holds the provider's first-use costs.</summary>
    public IReadOnlyList<TimeSpan> WarmupTimes => warmupTimes;

    /// <summary>The timed runs, warm-up runs excluded.</summary>
    public IReadOnlyList<SynthesisRun> Runs => runs;

    public double MedianTotalMilliseconds => Median(r => r.Elapsed.TotalMilliseconds);

    public double MedianFirstAudioMilliseconds => Median(r => r.FirstAudio.TotalMilliseconds);

    public double MedianRtf => Median(r => r.Rtf);

    public double MedianStageMilliseconds(string stage) => Median(r => r.StageMilliseconds(stage));

    /// <summary>The median of <paramref name="value"/> over the runs (the mean of the middle two for an even count).</summary>
    public double Median(Func<SynthesisRun, double> value)
    {
        var sorted = runs.Select(value).Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
