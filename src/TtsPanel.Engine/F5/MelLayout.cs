namespace TtsPanel.Engine.F5;

/// <summary>Moves mel frames between the layouts the pipeline needs; every array is frames-major (N × mel) unless named otherwise.</summary>
public static class MelLayout
{
    /// <summary>The reference mel followed by zero frames up to <paramref name="frames"/>: the audio condition.</summary>
    public static float[] PadReference(float[] referenceMel, int frames, int channels)
    {
        var cond = new float[frames * channels];
        referenceMel.AsSpan(0, Math.Min(referenceMel.Length, cond.Length)).CopyTo(cond);
        return cond;
    }

    /// <summary>Replaces the first frames of <paramref name="x"/> by the reference mel, as the reference does after sampling.</summary>
    public static void PasteReference(float[] x, float[] referenceMel) =>
        referenceMel.AsSpan(0, Math.Min(referenceMel.Length, x.Length)).CopyTo(x);

    /// <summary>
    /// Frames from <paramref name="firstFrame"/> to the end, channels-first (mel × T) for the vocoder. The reference cuts
    /// at the reference's sample count over the hop, so the first frame kept is the reference's last.
    /// </summary>
    public static float[] CutChannelsFirst(float[] x, int frames, int channels, int firstFrame)
    {
        var kept = frames - firstFrame;
        var mel = new float[channels * kept];
        for (var t = 0; t < kept; t++)
        {
            for (var c = 0; c < channels; c++)
                mel[c * kept + t] = x[(firstFrame + t) * channels + c];
        }

        return mel;
    }
}
