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
    public string CsvAddress(DateTimeOffset now)
    {
        var query = new List<string>();
        if (Window.Since(now) is { } since)
            query.Add("since=" + Uri.EscapeDataString(since.ToString("O", CultureInfo.InvariantCulture)));
        if (Blank(VoiceId) is { } voice)
            query.Add("voice=" + Uri.EscapeDataString(voice));
        if (Blank(Engine) is { } engine)
            query.Add("engine=" + Uri.EscapeDataString(engine));
        if (Blank(ConfigurationId) is { } configuration)
            query.Add("configuration=" + Uri.EscapeDataString(configuration));
        return "/api/records.csv" + (query.Count == 0 ? "" : "?" + string.Join('&', query));
    }

    private static string? Blank(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
