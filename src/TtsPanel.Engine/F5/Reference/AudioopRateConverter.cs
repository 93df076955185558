using TtsPanel.Engine.Audio;

namespace TtsPanel.Engine.F5.Reference;

/// <summary>
/// Python's <c>audioop.ratecv</c> with no state and the default weights, which pydub uses to change a clip's rate:
/// linear interpolation between neighbouring input frames on a 32-bit scale. The reference pipeline pays it when it
/// appends its 50 ms of 11 025 Hz silence (only the frame count matters then) and when it joins a clip slower than
/// 11 025 Hz to that silence.
/// </summary>
internal static class AudioopRateConverter
{
    public static PcmClip Convert(PcmClip clip, int outRateHz)
    {
        var divisor = GreatestCommonDivisor(clip.SampleRateHz, outRateHz);
        var inRate = clip.SampleRateHz / divisor;
        var outRate = outRateHz / divisor;
        var channels = clip.Channels;
        // Samples are handled on the 32-bit scale, as audioop's GETSAMPLE32/SETSAMPLE32 do.
        var shift = clip.BitsPerSample == 16 ? 16 : 0;

        var output = new List<int>((int)((long)clip.Frames * outRate / inRate + 2) * channels);
        var previous = new int[channels];
        var current = new int[channels];
        var phase = -outRate;
        var frame = 0;
        while (true)
        {
            while (phase < 0)
            {
                if (frame == clip.Frames)
                    return clip with { Samples = output.ToArray(), SampleRateHz = outRateHz };
                for (var channel = 0; channel < channels; channel++)
                {
                    previous[channel] = current[channel];
                    current[channel] = clip.Samples[frame * channels + channel] << shift;
                }

                frame++;
                phase += outRate;
            }

            while (phase >= 0)
            {
                for (var channel = 0; channel < channels; channel++)
                {
                    var value = (int)(((double)previous[channel] * phase + (double)current[channel] * (outRate - phase)) / outRate);
                    output.Add(value >> shift);
                }

                phase -= inRate;
            }
        }
    }

    private static int GreatestCommonDivisor(int a, int b)
    {
        while (b != 0)
            (a, b) = (b, a % b);
        return a;
    }
}
