using TtsPanel.Engine.F5.Audio;

namespace TtsPanel.Engine.F5.Reference;

/// <summary>
/// A reference clip ready for synthesis, cached as a whole so a cache hit gives exactly what a fresh preparation
/// would, output level included.
/// </summary>
/// <param name="Samples">Mono 24 kHz samples after the loudness rule.</param>
/// <param name="Mel">Its log-mel spectrogram, frames-major.</param>
/// <param name="Rms">RMS measured on the clip before any boost, at its own sample rate.</param>
/// <param name="Boosted">Whether the clip was raised to the target RMS; the output is then scaled back by Rms / target.</param>
/// <param name="TargetRms">The loudness the clip was raised to.</param>
/// <param name="Transcript">The transcript after <see cref="Text.ReferenceText.Normalize"/>.</param>
/// <param name="Seconds">Length of the clip as prepared, which sets the chunk budget.</param>
public sealed record PreparedReference(float[] Samples, MelSpectrogram Mel, double Rms, bool Boosted, double TargetRms,
    string Transcript, double Seconds)
{
    /// <summary>The factor applied to generated audio: undoes the boost of a quiet reference, else 1.</summary>
    public double OutputGain => Boosted ? Rms / TargetRms : 1.0;
}
