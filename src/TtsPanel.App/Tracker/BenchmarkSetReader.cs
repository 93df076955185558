namespace TtsPanel.App.Tracker;

/// <summary>
/// Reads the benchmark set format: UTF-8 text, one text per line, under a <c>[kind]</c> header (<c>short</c>,
/// <c>medium</c>, <c>long</c> or <c>chat</c>); blank lines and lines starting with <c>#</c> are skipped.
/// </summary>
public static class BenchmarkSetReader
{
    /// <summary>The section names a set may use, shortest texts first.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["short", "medium", "long", "chat"];

    /// <summary>Reads the set in <paramref name="path"/>.</summary>
    /// <exception cref="FormatException">A line is outside a section, a section is unknown, or the set is empty; the message names the file and line.</exception>
    public static BenchmarkSet Read(string path) => Parse(Path.GetFileNameWithoutExtension(path), File.ReadAllLines(path), path);

    /// <summary>Parses <paramref name="lines"/>; <paramref name="source"/> names them in error messages.</summary>
    public static BenchmarkSet Parse(string name, IReadOnlyList<string> lines, string source)
    {
        var texts = new List<BenchmarkText>();
        string? kind = null;
        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                kind = line[1..^1].Trim().ToLowerInvariant();
                if (!Kinds.Contains(kind))
                    throw new FormatException($"{source}:{index + 1}: unknown section [{kind}]; use one of {string.Join(", ", Kinds.Select(k => $"[{k}]"))}.");
                continue;
            }

            if (kind is null)
                throw new FormatException($"{source}:{index + 1}: text before any section; start with a header such as [short].");
            texts.Add(new BenchmarkText(kind, line));
        }

        if (texts.Count == 0)
            throw new FormatException($"{source}: the set has no texts.");
        return new BenchmarkSet(name, texts);
    }
}
