using TtsPanel.Engine.Audio;

namespace TtsPanel.Engine.F5.Reference;

/// <summary>
/// F5-TTS' reference clipping (spec §1.1), at the clip's own rate, channels and sample width: keep at most about 12 s
/// by dropping whole pieces at long (then short) pauses, cut hard at 12 s if that fails, trim silent edges, append
/// 50 ms of silence. Reproduces the sample counts of the reference pipeline exactly.
/// </summary>
public static class ReferenceClipper
{
    private const int LimitMs = 12_000;
    private const int EnoughMs = 6_000;
    private const int KeepSilenceMs = 1_000;
    private const int SeekStepMs = 10;
    private const double EdgeThresholdDbfs = -42;
    private const int TailSilenceMs = 50;

    /// <summary>The clip as the reference pipeline would hand it to the model.</summary>
    /// <exception cref="ReferenceAudioException">Nothing in the clip is louder than the edge threshold.</exception>
    public static PcmClip Clip(PcmClip clip)
    {
        var trimmed = TrimEdges(ClipToLimit(new PydubSegment(clip)));
        if (trimmed.Pcm.Frames == 0)
            throw new ReferenceAudioException(
                $"The reference clip is silent: nothing in it is louder than {EdgeThresholdDbfs} dBFS.");
        return trimmed.Append(PydubSegment.Silent(TailSilenceMs)).Pcm;
    }

    private static PydubSegment ClipToLimit(PydubSegment clip)
    {
        // First split at pauses of a second below −50 dBFS, then at pauses of 100 ms below −40 dBFS, then cut.
        var kept = Gather(PydubSilence.SplitOnSilence(clip, 1000, -50, KeepSilenceMs, SeekStepMs));
        if (kept.LengthMs > LimitMs)
            kept = Gather(PydubSilence.SplitOnSilence(clip, 100, -40, KeepSilenceMs, SeekStepMs));
        if (kept.LengthMs > LimitMs)
            kept = kept.Slice(0, LimitMs);
        return kept;
    }

    /// <summary>Joins pieces in order, stopping before one that would take a clip already past 6 s beyond 12 s.</summary>
    private static PydubSegment Gather(List<PydubSegment> pieces)
    {
        var joined = PydubSegment.Silent(0);
        foreach (var piece in pieces)
        {
            var longer = joined.Append(piece);
            if (joined.LengthMs > EnoughMs && longer.LengthMs > LimitMs)
                break;
            joined = longer;
        }

        return joined;
    }

    private static PydubSegment TrimEdges(PydubSegment clip)
    {
        clip = clip.Slice(PydubSilence.DetectLeadingSilence(clip, EdgeThresholdDbfs), int.MaxValue);
        var tail = PydubSilence.DetectLeadingSilence(clip.Reverse(), EdgeThresholdDbfs);
        return tail > 0 ? clip.Slice(0, clip.LengthMs - tail) : clip;
    }
}
