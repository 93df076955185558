namespace TtsPanel.App.History;

/// <summary>Summary figures of the real-time factor over a set of syntheses; all zero when <see cref="Count"/> is 0.</summary>
public sealed record RtfSummary(int Count, double Mean, double Median, double P95, double Best)
{
    public static RtfSummary Empty { get; } = new(0, 0, 0, 0, 0);
}
