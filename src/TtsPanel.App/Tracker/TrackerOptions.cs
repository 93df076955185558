namespace TtsPanel.App.Tracker;

/// <summary>Settings of the optimisation tracker: targets, regression margin, benchmark sets (section <c>Tracker</c>).</summary>
public sealed class TrackerOptions
{
    public const string Section = "Tracker";

    /// <summary>The RTF goal drawn on the Performance page, 0.001–10; default 0.15 (the seed project's goal).</summary>
    public double RtfTarget { get; set; } = 0.15;

    /// <summary>
    /// How much slower, as a fraction, the latest run's median RTF may be than the previous run of the same
    /// configuration before it is flagged as a regression, 0–10; default 0.10 (10 %).
    /// </summary>
    public double RegressionMargin { get; set; } = 0.10;

    /// <summary>
    /// Most records (newest first) the Performance page's figures are computed from, 100–1 000 000; default 5 000,
    /// so the page stays quick on a database of millions of records.
    /// </summary>
    public int MaxRecordsAggregated { get; set; } = 5_000;

    /// <summary>Folder of benchmark sets (<c>*.txt</c>); relative paths start beside the program. Default <c>benchmarks</c>.</summary>
    public string BenchmarkDirectory { get; set; } = "benchmarks";

    /// <summary>Most repetitions a benchmark run started from the panel may ask for, 1–100; default 20.</summary>
    public int MaxRepetitions { get; set; } = 20;

    /// <summary>The benchmark folder as a full path.</summary>
    public string BenchmarkPath => Path.GetFullPath(BenchmarkDirectory, AppContext.BaseDirectory);
}
