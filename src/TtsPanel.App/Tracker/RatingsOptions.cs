namespace TtsPanel.App.Tracker;

/// <summary>Quality ratings and the clips kept for them (section <c>Ratings</c>).</summary>
public sealed class RatingsOptions
{
    public const string Section = "Ratings";

    /// <summary>Most clips kept under <c>data/clips/</c>, newest first; older ones are deleted. 0 keeps any number. Default 500.</summary>
    public int MaxClips { get; set; } = 500;

    /// <summary>Clips older than this many days are deleted. 0 keeps them whatever their age. Default 30.</summary>
    public int MaxClipAgeDays { get; set; } = 30;
}
