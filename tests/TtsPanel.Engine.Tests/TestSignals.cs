namespace TtsPanel.Engine.Tests;

/// <summary>Known signals for audio tests.</summary>
internal static class TestSignals
{
    public static float[] Sine(double frequencyHz, int sampleRateHz, double seconds, float amplitude)
    {
        var samples = new float[(int)(sampleRateHz * seconds)];
        for (var i = 0; i < samples.Length; i++)
            samples[i] = amplitude * (float)Math.Sin(2 * Math.PI * frequencyHz * i / sampleRateHz);
        return samples;
    }

    /// <summary>Frequency estimated from upward zero crossings, over the middle of the signal to skip filter edges.</summary>
    public static double ZeroCrossingFrequency(float[] samples, int sampleRateHz)
    {
        var start = samples.Length / 4;
        var end = samples.Length * 3 / 4;
        int? first = null;
        var last = 0;
        var crossings = 0;
        for (var i = start + 1; i < end; i++)
        {
            if (samples[i - 1] < 0 && samples[i] >= 0)
            {
                first ??= i;
                last = i;
                crossings++;
            }
        }

        return (crossings - 1) * (double)sampleRateHz / (last - first!.Value);
    }
}
