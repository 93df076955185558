namespace TtsPanel.App.Tracker;

/// <summary>A request from the Performance page to run a benchmark set.</summary>
/// <param name="Name">The run's name; empty gives <c>&lt;set&gt; &lt;UTC time&gt;</c>.</param>
/// <param name="SetName">A set in the benchmark folder.</param>
/// <param name="Repetitions">Passes over the set, 1–<see cref="TrackerOptions.MaxRepetitions"/>.</param>
/// <param name="VoiceId">An available voice.</param>
public sealed record BenchmarkStart(string? Name, string SetName, int Repetitions, string VoiceId);
