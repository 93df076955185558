namespace TtsPanel.Engine.Audio;

/// <summary>Level measurements on float PCM.</summary>
public static class AudioMeasure
{
    /// <summary>Root mean square of <paramref name="samples"/>; 0 for an empty span.</summary>
    public static double Rms(ReadOnlySpan<float> samples)
    {
        if (samples.IsEmpty)
            return 0;
        double sumOfSquares = 0;
        foreach (var sample in samples)
            sumOfSquares += (double)sample * sample;
        return Math.Sqrt(sumOfSquares / samples.Length);
    }

    /// <summary>Largest absolute sample value.</summary>
    public static float Peak(ReadOnlySpan<float> samples)
    {
        var peak = 0f;
        foreach (var sample in samples)
            peak = Math.Max(peak, Math.Abs(sample));
        return peak;
    }
}
