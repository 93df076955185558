namespace TtsPanel.Engine.F5.Reference;

/// <summary>A reference clip or transcript the engine cannot use; the message says why, for the streamer.</summary>
public sealed class ReferenceAudioException(string message, Exception? inner = null) : Exception(message, inner);
