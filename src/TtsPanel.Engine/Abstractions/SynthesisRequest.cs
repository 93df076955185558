namespace TtsPanel.Engine.Abstractions;

/// <summary>What to say, in which voice.</summary>
/// <param name="Text">The text, already validated by the caller.</param>
/// <param name="Voice">A voice of the engine that receives the request.</param>
/// <param name="Speed">Speaking-rate factor; 1.0 (default) is the voice's normal rate.</param>
/// <param name="Overrides">Engine settings for this request only; null (default) runs the configured ones.</param>
public sealed record SynthesisRequest(string Text, VoiceInfo Voice, double Speed = 1.0, SynthesisOverrides? Overrides = null);
