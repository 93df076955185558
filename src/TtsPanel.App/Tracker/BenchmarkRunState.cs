namespace TtsPanel.App.Tracker;

/// <summary>Where a benchmark run is in its life.</summary>
public enum BenchmarkRunState
{
    /// <summary>Synthesizing its texts now.</summary>
    Running,

    /// <summary>Every text × repetition synthesized; the figures are final.</summary>
    Completed,

    /// <summary>Stopped by an engine error; <see cref="BenchmarkRun.Error"/> says which.</summary>
    Failed,

    /// <summary>Stopped by the user or by the panel shutting down; the records made so far are kept.</summary>
    Cancelled,
}
