using System.Globalization;

namespace TtsPanel.App;

/// <summary>The one wording for an out-of-range setting, shared by every options validator.</summary>
public static class OptionRange
{
    public static void Check(List<string> failures, string key, int value, int min, int max)
    {
        if (value < min || value > max)
            failures.Add($"{key} must be between {min} and {max} (was {value}).");
    }

    /// <summary>The same for a real number; NaN is out of every range. Numbers are written invariantly (0.1, not 0,1).</summary>
    public static void Check(List<string> failures, string key, double value, double min, double max)
    {
        if (!(value >= min && value <= max))
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{key} must be between {min} and {max} (was {value})."));
    }
}
