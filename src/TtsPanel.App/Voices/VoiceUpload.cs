namespace TtsPanel.App.Voices;

/// <summary>A new cloned voice as the streamer submits it.</summary>
/// <param name="Name">Name for the voice picker.</param>
/// <param name="Language">Language of the clip, e.g. <c>en</c>.</param>
/// <param name="Transcript">Exactly what is said in the clip.</param>
/// <param name="ConsentConfirmed">The streamer confirms the speaker agreed to be cloned.</param>
/// <param name="Wav">The reference clip's bytes.</param>
public sealed record VoiceUpload(string? Name, string? Language, string? Transcript, bool ConsentConfirmed, byte[] Wav);
