namespace TtsPanel.Engine.F5;

/// <summary>Where the F5 engine finds its voices; the application stores them, the engine only reads them.</summary>
public interface IF5VoiceSource
{
    /// <summary>The voices now available.</summary>
    IReadOnlyList<F5VoiceClip> Voices { get; }
}
