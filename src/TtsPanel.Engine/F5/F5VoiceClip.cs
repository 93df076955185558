namespace TtsPanel.Engine.F5;

/// <summary>A cloned voice: a reference clip of the speaker and what they say in it.</summary>
/// <param name="Id">Stable id, unique among F5 voices.</param>
/// <param name="Name">Name shown to the streamer.</param>
/// <param name="Language">Language tag of the clip, e.g. <c>en</c>.</param>
/// <param name="ReferencePath">The WAV file.</param>
/// <param name="Transcript">Exactly what is said in the clip.</param>
public sealed record F5VoiceClip(string Id, string Name, string Language, string ReferencePath, string Transcript);
