using TtsPanel.Engine.Audio;

namespace TtsPanel.Engine.F5.Reference;

/// <summary>
/// A PCM clip addressed in milliseconds with pydub's arithmetic (spec §1.1), so the reference clipping keeps exactly
/// the samples F5-TTS keeps: a length is round(1000·frames/rate) with ties to even, a position of m ms is frame
/// int(m·(rate/1000)), a slice that ends past the data is padded with silent frames, RMS is audioop's truncated integer.
/// </summary>
internal sealed class PydubSegment
{
    /// <summary>pydub's <c>AudioSegment.silent</c> rate; joining a slower clip to it resamples that clip up.</summary>
    private const int SilentRateHz = 11025;

    public PydubSegment(PcmClip pcm) => Pcm = pcm;

    public PcmClip Pcm { get; }

    public int LengthMs => (int)Math.Round(1000 * ((double)Pcm.Frames / Pcm.SampleRateHz), MidpointRounding.ToEven);

    /// <summary>pydub's <c>AudioSegment.silent(ms)</c>: mono 16-bit at 11 025 Hz.</summary>
    public static PydubSegment Silent(int ms) =>
        new(new PcmClip(new int[(int)(SilentRateHz * (ms / 1000.0))], 1, SilentRateHz, 16));

    /// <summary><c>segment[startMs:endMs]</c>.</summary>
    public PydubSegment Slice(int startMs, int endMs)
    {
        var (first, available, padding) = Locate(startMs, endMs);
        var channels = Pcm.Channels;
        var samples = new int[(available + padding) * channels];
        Array.Copy(Pcm.Samples, first * channels, samples, 0, available * channels);
        return new PydubSegment(Pcm with { Samples = samples });
    }

    /// <summary><c>segment[startMs:endMs].rms</c> without copying: audioop's RMS over every interleaved sample.</summary>
    public int Rms(int startMs, int endMs)
    {
        var (first, available, padding) = Locate(startMs, endMs);
        var channels = Pcm.Channels;
        var count = (available + padding) * channels;
        if (count == 0)
            return 0;
        // Summed in order in double, then truncated, exactly as audioop.rms does: a threshold decision can hinge on it.
        var sum = 0.0;
        var samples = Pcm.Samples;
        for (int i = first * channels, end = (first + available) * channels; i < end; i++)
            sum += (double)samples[i] * samples[i];
        return (int)(uint)Math.Sqrt(sum / count);
    }

    /// <summary><c>segment[startMs:endMs].dBFS</c>: negative infinity for digital silence.</summary>
    public double DbFs(int startMs, int endMs)
    {
        var rms = Rms(startMs, endMs);
        // Python's math.log(x, 10) is ln(x)/ln(10), which can differ from log10 in the last bit.
        return rms == 0 ? double.NegativeInfinity : 20 * (Math.Log(rms / Pcm.FullScale) / Math.Log(10));
    }

    /// <summary>pydub's <c>max_possible_amplitude</c>.</summary>
    public double FullScale => Pcm.FullScale;

    /// <summary><c>segment.reverse()</c>: audioop reverses the interleaved samples.</summary>
    public PydubSegment Reverse()
    {
        var samples = (int[])Pcm.Samples.Clone();
        Array.Reverse(samples);
        return new PydubSegment(Pcm with { Samples = samples });
    }

    /// <summary>
    /// <c>this + other</c>: both are first brought to the larger channel count, rate and sample width, as pydub's
    /// <c>_sync</c> does.
    /// </summary>
    public PydubSegment Append(PydubSegment other)
    {
        var channels = Math.Max(Pcm.Channels, other.Pcm.Channels);
        var rate = Math.Max(Pcm.SampleRateHz, other.Pcm.SampleRateHz);
        var bits = Math.Max(Pcm.BitsPerSample, other.Pcm.BitsPerSample);
        var left = Conform(Pcm, channels, rate, bits);
        var right = Conform(other.Pcm, channels, rate, bits);
        var samples = new int[left.Samples.Length + right.Samples.Length];
        left.Samples.CopyTo(samples, 0);
        right.Samples.CopyTo(samples, left.Samples.Length);
        return new PydubSegment(left with { Samples = samples });
    }

    private static PcmClip Conform(PcmClip clip, int channels, int rateHz, int bits)
    {
        if (clip.Channels != channels)
        {
            if (clip.Channels != 1)
                throw new InvalidOperationException($"Cannot join a {clip.Channels}-channel clip to a {channels}-channel one.");
            clip = clip with { Samples = Duplicate(clip.Samples, channels), Channels = channels };
        }

        if (clip.SampleRateHz != rateHz)
            clip = AudioopRateConverter.Convert(clip, rateHz);
        if (clip.BitsPerSample != bits)
            clip = clip with { Samples = clip.Samples.Select(s => s << 16).ToArray(), BitsPerSample = bits };
        return clip;
    }

    private static int[] Duplicate(int[] mono, int channels)
    {
        var samples = new int[mono.Length * channels];
        for (var i = 0; i < samples.Length; i++)
            samples[i] = mono[i / channels];
        return samples;
    }

    /// <summary>Frames a slice covers: those present in the data, then the silent padding pydub adds past its end.</summary>
    private (int First, int Available, int Padding) Locate(int startMs, int endMs)
    {
        var length = LengthMs;
        var first = FrameAt(Math.Min(startMs, length), length);
        var end = FrameAt(Math.Min(endMs, length), length);
        var available = Math.Max(0, Math.Min(end, Pcm.Frames) - first);
        // pydub pads with copies of a silenced first frame, so an empty slice stays empty.
        var padding = available > 0 ? Math.Max(0, end - first - available) : 0;
        return (first, available, padding);
    }

    /// <summary>pydub's <c>_parse_position</c>: negative positions count from the end.</summary>
    private int FrameAt(int ms, int lengthMs)
    {
        if (ms < 0)
            ms = lengthMs + ms;
        return Math.Max(0, (int)(ms * (Pcm.SampleRateHz / 1000.0)));
    }
}
