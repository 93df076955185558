namespace TtsPanel.Engine.Audio;

/// <summary>Joins consecutive pieces of audio with linear cross-fades, left to right, as the reference joins chunks.</summary>
public static class CrossFade
{
    /// <summary>
    /// Joins <paramref name="pieces"/>; each join overlaps n = min(<paramref name="fadeSamples"/>, both lengths) samples,
    /// the earlier piece fading 1→0 and the later 0→1 (both ramps include their end points). Total length is the sum
    /// of the lengths less n per join. A fade of 0 or less concatenates.
    /// </summary>
    public static float[] Join(IReadOnlyList<float[]> pieces, int fadeSamples)
    {
        if (pieces.Count == 0)
            return [];
        var result = pieces[0];
        for (var index = 1; index < pieces.Count; index++)
            result = JoinTwo(result, pieces[index], fadeSamples);
        return result;
    }

    private static float[] JoinTwo(float[] previous, float[] next, int fadeSamples)
    {
        var overlap = Math.Min(fadeSamples, Math.Min(previous.Length, next.Length));
        if (overlap <= 0)
            return [.. previous, .. next];
        var joined = new float[previous.Length + next.Length - overlap];
        var fadeStart = previous.Length - overlap;
        previous.AsSpan(0, fadeStart).CopyTo(joined);
        for (var i = 0; i < overlap; i++)
        {
            // numpy's linspace over n points: i / (n − 1), a single point being 0.
            var fadeIn = overlap == 1 ? 0.0 : (double)i / (overlap - 1);
            joined[fadeStart + i] = (float)(previous[fadeStart + i] * (1.0 - fadeIn) + next[i] * fadeIn);
        }

        next.AsSpan(overlap).CopyTo(joined.AsSpan(previous.Length));
        return joined;
    }
}
