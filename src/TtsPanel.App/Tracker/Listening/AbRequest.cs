using TtsPanel.Engine.Abstractions;

namespace TtsPanel.App.Tracker.Listening;

/// <summary>What to compare: a sentence, a voice and the two configurations as overrides of the engine's settings.</summary>
/// <param name="Text">The sentence; the queue's text rules apply.</param>
/// <param name="VoiceId">Engine-qualified voice id.</param>
/// <param name="First">Overrides of the first configuration; <see cref="SynthesisOverrides.None"/> runs the configured one.</param>
/// <param name="Second">Overrides of the second configuration; it must differ from the first.</param>
public sealed record AbRequest(string? Text, string? VoiceId, SynthesisOverrides First, SynthesisOverrides Second);
