namespace TtsPanel.Engine.Audio;

/// <summary>
/// Integer PCM as the file holds it: interleaved samples, 16-bit or 32-bit. 24-bit files are widened to 32-bit and
/// float files converted to 32-bit, the way the reference pipeline (pydub, ffmpeg) reads them.
/// </summary>
/// <param name="Samples">Interleaved samples, frame after frame.</param>
/// <param name="Channels">Samples per frame.</param>
/// <param name="SampleRateHz">Frames per second.</param>
/// <param name="BitsPerSample">16 or 32; full scale is 2^(bits-1).</param>
public sealed record PcmClip(int[] Samples, int Channels, int SampleRateHz, int BitsPerSample)
{
    /// <summary>Number of frames (samples per channel).</summary>
    public int Frames => Samples.Length / Channels;

    /// <summary>Length in seconds.</summary>
    public double Seconds => (double)Frames / SampleRateHz;

    /// <summary>The magnitude that maps to 1.0: 32768 for 16-bit, 2^31 for 32-bit.</summary>
    public double FullScale => BitsPerSample == 16 ? 32768.0 : 2147483648.0;

    /// <summary>Float samples in [-1, 1), averaged over the channels in float32 as torchaudio's load + mean does.</summary>
    public float[] ToMono()
    {
        var scale = (float)(1 / FullScale);
        var mono = new float[Frames];
        for (var frame = 0; frame < mono.Length; frame++)
        {
            var sum = 0f;
            for (var channel = 0; channel < Channels; channel++)
                sum += Samples[frame * Channels + channel] * scale;
            mono[frame] = sum / Channels;
        }

        return mono;
    }
}
