namespace TtsPanel.App.Voices;

/// <summary>How far the start-up warm-up is: voices done out of the total, the one in progress, and any failures.</summary>
/// <param name="Done">Voices warmed up or failed.</param>
/// <param name="Total">Voices to warm up.</param>
/// <param name="Current">The voice being warmed up, or null.</param>
/// <param name="Failures">One sentence per voice whose warm-up failed.</param>
public sealed record WarmupProgress(int Done, int Total, string? Current, IReadOnlyList<string> Failures)
{
    public static WarmupProgress NotStarted { get; } = new(0, 0, null, []);

    public bool IsRunning => Current is not null;
}
