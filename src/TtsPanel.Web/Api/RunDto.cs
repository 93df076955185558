using TtsPanel.App.Tracker;

namespace TtsPanel.Web.Api;

/// <summary>A benchmark run as <c>GET /api/runs</c> lists it; times are UTC, RTF figures over its records.</summary>
public sealed record RunDto(Guid Id, string Name, string SetName, int Repetitions, string VoiceId, string ConfigurationId, string Source,
    string AppVersion, DateTime StartedAt, DateTime? FinishedAt, BenchmarkRunState State, string? Error, int RecordCount, int PlannedCount,
    double MedianRtf, double P95Rtf, double BestRtf)
{
    public static RunDto From(BenchmarkRun run) => new(run.Id, run.Name, run.SetName, run.Repetitions, run.VoiceId, run.ConfigurationId,
        run.Source, run.AppVersion, run.StartedAt, run.FinishedAt, run.State, run.Error, run.RecordCount, run.PlannedCount, run.MedianRtf,
        run.P95Rtf, run.BestRtf);
}
