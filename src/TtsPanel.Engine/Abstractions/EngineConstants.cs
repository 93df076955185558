namespace TtsPanel.Engine.Abstractions;

/// <summary>Facts every engine shares.</summary>
public static class EngineConstants
{
    /// <summary>Every engine delivers 24 kHz mono, F5-TTS's native rate, so clips are uniform for the player.</summary>
    public const int OutputSampleRateHz = 24_000;
}
