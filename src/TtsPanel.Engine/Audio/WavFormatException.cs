namespace TtsPanel.Engine.Audio;

/// <summary>A WAV file that cannot be read; the message says what is wrong with it.</summary>
public sealed class WavFormatException(string message) : Exception(message);
