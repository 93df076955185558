using TtsPanel.App.History;
using TtsPanel.Engine.Abstractions;

namespace TtsPanel.App.Tracker;

/// <summary>What a benchmark run does: every text of <paramref name="Set"/>, <paramref name="Repetitions"/> times, in one voice.</summary>
/// <param name="Name">The run's name.</param>
/// <param name="Set">The texts.</param>
/// <param name="Repetitions">Passes over the set, at least 1.</param>
/// <param name="Warmup">Syntheses of the set's first text made first and not recorded (model initialisation, reference preparation).</param>
/// <param name="Engine">The engine that speaks <paramref name="Voice"/>.</param>
/// <param name="Voice">The voice.</param>
/// <param name="Configuration">The engine's configuration, stored with the run and every record.</param>
/// <param name="Source"><c>panel</c> or <c>bench</c>.</param>
public sealed record BenchmarkPlan(
    string Name,
    BenchmarkSet Set,
    int Repetitions,
    int Warmup,
    ITtsEngine Engine,
    VoiceInfo Voice,
    EngineConfiguration Configuration,
    string Source)
{
    /// <summary>Recorded syntheses: texts × repetitions.</summary>
    public int PlannedCount => Set.Texts.Count * Repetitions;
}
