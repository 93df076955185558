namespace TtsPanel.App.Tracker;

/// <summary>One line of a benchmark set.</summary>
/// <param name="Kind">The section it is in: <c>short</c>, <c>medium</c>, <c>long</c> or <c>chat</c>.</param>
/// <param name="Text">What is spoken.</param>
public sealed record BenchmarkText(string Kind, string Text);
