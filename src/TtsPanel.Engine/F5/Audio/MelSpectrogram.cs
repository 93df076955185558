namespace TtsPanel.Engine.F5.Audio;

/// <summary>A log-mel spectrogram, frames-major: value of channel c in frame t is at <c>t × Channels + c</c>.</summary>
/// <param name="Values">Natural-log mel magnitudes, (T, C) row-major.</param>
/// <param name="Frames">T, the number of frames.</param>
/// <param name="Channels">C, the number of mel channels (100).</param>
public sealed record MelSpectrogram(float[] Values, int Frames, int Channels)
{
    public float this[int frame, int channel] => Values[frame * Channels + channel];
}
