using System.Globalization;
using TtsPanel.App.History;

namespace TtsPanel.Web.Components.Pages;

/// <summary>The Performance page's filters: a time window and, each optional, a voice, an engine and a configuration.</summary>
public sealed record PerformanceFilter(HistoryWindow Window, string? VoiceId = null, string? Engine = null, string? ConfigurationId = null)
{
    public static PerformanceFilter Default { get; } = new(HistoryWindow.Default);

    /// <summary>The records this filter selects at <paramref name="now"/>.</summary>
    public RecordFilter ToRecordFilter(DateTimeOffset now) =>
        new(Window.Since(now), null, Blank(VoiceId), Blank(Engine), Blank(ConfigurationId));

    /// <summary>The CSV export's address for the same records.</summary>
    public string CsvAddress(DateTimeOffset now) =>
        Address("/api/records.csv", now, ("voice", VoiceId), ("engine", Engine), ("configuration", ConfigurationId));

    /// <summary>
    /// The ratings export's address for the same time window and configuration (ratings carry no voice or engine; the
    /// window applies to when they were given).
    /// </summary>
    public string RatingsCsvAddress(DateTimeOffset now) => Address("/api/ratings.csv", now, ("configuration", ConfigurationId));

    private string Address(string path, DateTimeOffset now, params (string Name, string? Value)[] filters)
    {
        var query = new List<string>();
        if (Window.Since(now) is { } since)
            query.Add("since=" + Uri.EscapeDataString(since.ToString("O", CultureInfo.InvariantCulture)));
        foreach (var (name, value) in filters)
        {
            if (Blank(value) is { } text)
                query.Add(name + "=" + Uri.EscapeDataString(text));
        }

        return path + (query.Count == 0 ? "" : "?" + string.Join('&', query));
    }

    private static string? Blank(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
