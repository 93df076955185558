using Microsoft.Extensions.Options;

namespace TtsPanel.App.Tracker;

/// <summary>The benchmark sets in <see cref="TrackerOptions.BenchmarkDirectory"/>, read when asked so an edited file counts at once.</summary>
public sealed class BenchmarkSetCatalog(IOptions<TrackerOptions> options)
{
    /// <summary>The names of the sets (file names without <c>.txt</c>), sorted; empty when the folder is missing.</summary>
    public IReadOnlyList<string> Names =>
        Directory.Exists(options.Value.BenchmarkPath)
            ? Directory.GetFiles(options.Value.BenchmarkPath, "*.txt").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>The set called <paramref name="name"/>, or null when there is no such file.</summary>
    /// <exception cref="FormatException">The file is malformed; the message names it and the line.</exception>
    public BenchmarkSet? Find(string name) =>
        Names.Contains(name, StringComparer.Ordinal)
            ? BenchmarkSetReader.Read(Path.Combine(options.Value.BenchmarkPath, name + ".txt"))
            : null;
}
