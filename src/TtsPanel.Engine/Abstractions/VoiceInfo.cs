namespace TtsPanel.Engine.Abstractions;

/// <summary>A voice an engine offers.</summary>
/// <param name="Id">Engine-qualified id, <c>engine:voice</c>, e.g. <c>espeak-ng:en-us</c>.</param>
/// <param name="Name">Human-readable name, e.g. <c>English (America)</c>.</param>
/// <param name="Engine">The engine's <see cref="ITtsEngine.Name"/>.</param>
/// <param name="Language">BCP 47-like language tag the voice speaks, e.g. <c>en-us</c>.</param>
public sealed record VoiceInfo(string Id, string Name, string Engine, string Language)
{
    /// <summary>Builds the engine-qualified id used everywhere outside the engine.</summary>
    public static string QualifiedId(string engine, string engineVoiceId) => $"{engine}:{engineVoiceId}";

    /// <summary>The part of <see cref="Id"/> after the engine prefix: what the engine itself calls the voice.</summary>
    public string EngineVoiceId => Id[(Engine.Length + 1)..];
}
