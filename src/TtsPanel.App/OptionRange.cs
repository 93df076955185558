namespace TtsPanel.App;

/// <summary>The one wording for an out-of-range setting, shared by every options validator.</summary>
public static class OptionRange
{
    public static void Check(List<string> failures, string key, int value, int min, int max)
    {
        if (value < min || value > max)
            failures.Add($"{key} must be between {min} and {max} (was {value}).");
    }
}
