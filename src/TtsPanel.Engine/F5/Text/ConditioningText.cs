namespace TtsPanel.Engine.F5.Text;

/// <summary>
/// The conditioning graph's text input at a length fixed by the frame count. The graph right-pads the ids with the
/// filler to N frames and cuts anything beyond N (spec §5.5), and an id of −1 becomes that filler, so ids padded with
/// −1 (or cut) to exactly N give the same conditioning as the ids themselves, while a captured CUDA graph gets the
/// one input shape it was captured with.
/// </summary>
public static class ConditioningText
{
    /// <summary>The graph's padding id: shifted by +1 it is the filler token 0.</summary>
    public const long Padding = -1;

    /// <summary><paramref name="ids"/> padded with <see cref="Padding"/>, or cut, to <paramref name="frames"/> ids.</summary>
    public static long[] FitToFrames(ReadOnlySpan<long> ids, int frames)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(frames);
        var fitted = new long[frames];
        var kept = Math.Min(ids.Length, frames);
        ids[..kept].CopyTo(fitted);
        fitted.AsSpan(kept).Fill(Padding);
        return fitted;
    }
}
