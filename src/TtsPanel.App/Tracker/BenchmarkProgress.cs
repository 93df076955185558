using TtsPanel.App.History;

namespace TtsPanel.App.Tracker;

/// <summary>How far a benchmark run has come.</summary>
/// <param name="Run">The run as stored now.</param>
/// <param name="Done">Syntheses recorded so far.</param>
/// <param name="Planned">Syntheses planned.</param>
/// <param name="Last">The newest record; null before the first.</param>
public sealed record BenchmarkProgress(BenchmarkRun Run, int Done, int Planned, SynthesisRecord? Last)
{
    /// <summary>Fraction done, 0–1.</summary>
    public double Fraction => Planned == 0 ? 1 : (double)Done / Planned;
}
