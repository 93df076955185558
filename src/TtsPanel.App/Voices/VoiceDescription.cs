namespace TtsPanel.App.Voices;

/// <summary>The <c>voice.json</c> of a cloned voice.</summary>
/// <param name="Name">Name shown in the voice picker; the folder name when absent.</param>
/// <param name="Language">Language of the clip; <c>en</c> when absent.</param>
/// <param name="Transcript">Exactly what is said in <c>reference.wav</c>; required.</param>
/// <param name="ConsentConfirmed">The streamer confirmed the speaker agreed to be cloned; required to be true.</param>
/// <param name="ConsentConfirmedAt">When the streamer confirmed it, for the record.</param>
public sealed record VoiceDescription(string? Name, string? Language, string? Transcript, bool? ConsentConfirmed,
    DateTimeOffset? ConsentConfirmedAt = null);
