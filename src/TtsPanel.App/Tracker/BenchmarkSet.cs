namespace TtsPanel.App.Tracker;

/// <summary>A fixed list of texts timed together, read from <c>benchmarks/&lt;name&gt;.txt</c>.</summary>
/// <param name="Name">The file name without <c>.txt</c>, e.g. <c>standard</c>.</param>
/// <param name="Texts">The texts in file order.</param>
public sealed record BenchmarkSet(string Name, IReadOnlyList<BenchmarkText> Texts);
