using TtsPanel.Engine.Espeak;
using TtsPanel.Engine.F5;

namespace TtsPanel.App.Voices;

/// <summary>Speech engine settings (section <c>Engine</c>).</summary>
public sealed class EngineOptions
{
    public const string Section = "Engine";

    /// <summary>Voice used when a request names none, as <c>engine:voice</c>. Default <c>espeak-ng:en-us</c>.</summary>
    public string DefaultVoice { get; set; } = "espeak-ng:en-us";

    /// <summary>espeak-ng settings (section <c>Engine:Espeak</c>).</summary>
    public EspeakOptions Espeak { get; set; } = new();

    /// <summary>F5-TTS settings (section <c>Engine:F5</c>); the engine stays off until <c>PackDirectory</c> is set.</summary>
    public F5Options F5 { get; set; } = new();
}
