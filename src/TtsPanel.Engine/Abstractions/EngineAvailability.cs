namespace TtsPanel.Engine.Abstractions;

/// <summary>Whether an engine can synthesize; <see cref="Reason"/> says why not when it cannot.</summary>
public sealed record EngineAvailability(bool IsAvailable, string? Reason)
{
    public static EngineAvailability Available { get; } = new(true, null);

    public static EngineAvailability Unavailable(string reason) => new(false, reason);
}
