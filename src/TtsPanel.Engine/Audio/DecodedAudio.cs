namespace TtsPanel.Engine.Audio;

/// <summary>Audio read from a file, downmixed to mono float PCM.</summary>
/// <param name="Samples">Mono float PCM in [-1, 1].</param>
/// <param name="SampleRateHz">The file's sample rate.</param>
/// <param name="Channels">How many channels the file had before the downmix.</param>
public sealed record DecodedAudio(float[] Samples, int SampleRateHz, int Channels)
{
    /// <summary>Length in seconds.</summary>
    public double Seconds => (double)Samples.Length / SampleRateHz;
}
