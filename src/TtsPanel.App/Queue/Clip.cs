namespace TtsPanel.App.Queue;

/// <summary>A synthesized message ready to play: a 16-bit mono WAV file and its length.</summary>
/// <param name="Wav">The WAV bytes sent to overlays.</param>
/// <param name="AudioSeconds">Length of the audio.</param>
/// <param name="SynthesisTime">How long synthesis took.</param>
public sealed record Clip(byte[] Wav, double AudioSeconds, TimeSpan SynthesisTime);
