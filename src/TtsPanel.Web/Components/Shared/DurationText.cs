using System.Globalization;

namespace TtsPanel.Web.Components.Shared;

/// <summary>Seconds as a streamer reads them: <c>42 s</c>, <c>6 min 05 s</c>.</summary>
public static class DurationText
{
    public static string Format(double seconds)
    {
        var whole = (int)Math.Round(Math.Max(0, seconds));
        return whole < 60
            ? string.Create(CultureInfo.InvariantCulture, $"{whole} s")
            : string.Create(CultureInfo.InvariantCulture, $"{whole / 60} min {whole % 60:00} s");
    }
}
