namespace TtsPanel.App.Tracker;

/// <summary>
/// A named run of a benchmark set × repetitions under one configuration, as stored in LiteDB's <c>runs</c>
/// collection. Its syntheses are ordinary records tagged with <see cref="Id"/>; the RTF figures are kept here too
/// so the regression check and run lists need no pass over the records.
/// </summary>
public sealed class BenchmarkRun
{
    public Guid Id { get; set; }

    /// <summary>Name given by whoever started it, e.g. <c>nfe6-cuda</c>.</summary>
    public string Name { get; set; } = "";

    /// <summary>The benchmark set's name, e.g. <c>standard</c>.</summary>
    public string SetName { get; set; } = "";

    /// <summary>How many times each text is synthesized.</summary>
    public int Repetitions { get; set; }

    /// <summary>Syntheses planned: texts × repetitions.</summary>
    public int PlannedCount { get; set; }

    /// <summary>Engine-qualified voice id.</summary>
    public string VoiceId { get; set; } = "";

    /// <summary>The configuration it ran under; indexed.</summary>
    public string ConfigurationId { get; set; } = "";

    /// <summary>Where it was started: <c>panel</c> or <c>bench</c>.</summary>
    public string Source { get; set; } = "";

    /// <summary>The app's version and commit.</summary>
    public string AppVersion { get; set; } = "";

    /// <summary>When it started, UTC; indexed.</summary>
    public DateTime StartedAt { get; set; }

    /// <summary>When it ended, UTC; null while running.</summary>
    public DateTime? FinishedAt { get; set; }

    public BenchmarkRunState State { get; set; }

    /// <summary>Why it failed; null otherwise.</summary>
    public string? Error { get; set; }

    /// <summary>Syntheses recorded so far.</summary>
    public int RecordCount { get; set; }

    /// <summary>Median RTF over its records; 0 until one is recorded.</summary>
    public double MedianRtf { get; set; }

    /// <summary>95th-percentile RTF over its records.</summary>
    public double P95Rtf { get; set; }

    /// <summary>Lowest RTF over its records.</summary>
    public double BestRtf { get; set; }
}
