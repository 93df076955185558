namespace TtsPanel.Web.Components.Pages;

/// <summary>A time window the History page can show: the last hour, day, week, or everything.</summary>
public sealed record HistoryWindow(string Label, TimeSpan? Length)
{
    public static IReadOnlyList<HistoryWindow> All { get; } =
    [
        new("Last hour", TimeSpan.FromHours(1)),
        new("Last 24 hours", TimeSpan.FromDays(1)),
        new("Last 7 days", TimeSpan.FromDays(7)),
        new("All time", null),
    ];

    public static HistoryWindow Default => All[1];

    /// <summary>The window's start in UTC, or null for all time.</summary>
    public DateTime? Since(DateTimeOffset now) => Length is { } length ? (now - length).UtcDateTime : null;

    public override string ToString() => Label;
}
