using System.Text;

namespace TtsPanel.Engine.F5.Text;

/// <summary>
/// How many mel frames one chunk's sampling runs over, by the reference's arithmetic: the reference's frame count
/// plus the generated share, scaled from the reference's frames per UTF-8 byte of transcript.
/// </summary>
/// <param name="ReferenceFrames">Reference samples at 24 kHz divided by the hop (one less than its mel frames).</param>
/// <param name="TotalFrames">N: reference plus generated frames, the DiT's sequence length.</param>
/// <param name="HopSamples">Samples per mel frame.</param>
public sealed record ChunkDuration(int ReferenceFrames, int TotalFrames, int HopSamples)
{
    /// <summary>A generated chunk shorter than this many UTF-8 bytes is spoken at speed 0.3, as the reference does.</summary>
    public const int ShortChunkBytes = 10;

    /// <summary>Speed used for very short chunks.</summary>
    public const double ShortChunkSpeed = 0.3;

    /// <summary>Frames handed to the vocoder once the reference part is cut off.</summary>
    public int GeneratedFrames => TotalFrames - ReferenceFrames;

    /// <summary>Samples the vocoder returns for <see cref="GeneratedFrames"/>.</summary>
    public int OutputSamples => HopSamples * (GeneratedFrames - 1);

    /// <summary>Plans one chunk.</summary>
    /// <param name="referenceSamples">Prepared reference clip length at 24 kHz.</param>
    /// <param name="transcriptForModel">The transcript as prefixed to chunks (<see cref="ReferenceText.ForModel"/>).</param>
    /// <param name="chunk">The chunk of text to speak.</param>
    /// <param name="textTokens">Tokens of transcript plus chunk.</param>
    /// <param name="speed">Speed factor.</param>
    /// <param name="hopSamples">Samples per mel frame (256).</param>
    /// <param name="maxFrames">Upper bound on N (decision 8: 4096 frames, about 43.7 s).</param>
    /// <param name="frameBucket">N is rounded up to a multiple of this (1: the reference's N), so that messages of
    /// nearby lengths share one sequence length (and one captured CUDA graph); the speech gets up to
    /// <paramref name="frameBucket"/> − 1 frames longer.</param>
    public static ChunkDuration Plan(int referenceSamples, string transcriptForModel, string chunk, int textTokens,
        double speed, int hopSamples, int maxFrames, int frameBucket = 1)
    {
        var referenceFrames = referenceSamples / hopSamples;
        var referenceBytes = Encoding.UTF8.GetByteCount(transcriptForModel);
        var chunkBytes = Encoding.UTF8.GetByteCount(chunk);
        var localSpeed = chunkBytes < ShortChunkBytes ? ShortChunkSpeed : speed;
        // Same operation order as the reference, so the float result truncates to the same frame count.
        var duration = referenceFrames + (int)((double)referenceFrames / referenceBytes * chunkBytes / localSpeed);
        var melFrames = referenceFrames + 1;
        var total = Math.Max(Math.Max(textTokens, melFrames) + 1, duration);
        total = Math.Min((total + frameBucket - 1) / frameBucket * frameBucket, maxFrames);
        return new ChunkDuration(referenceFrames, total, hopSamples);
    }

    /// <summary>
    /// The most UTF-8 bytes a chunk may have for its plan to stay within <paramref name="maxFrames"/>; the reference
    /// keeps an overlong sentence whole, and beyond this size that would squeeze its speech into too few frames.
    /// </summary>
    public static int MaxChunkBytes(int referenceSamples, string transcriptForModel, double speed, int hopSamples, int maxFrames)
    {
        var referenceFrames = referenceSamples / hopSamples;
        var referenceBytes = Encoding.UTF8.GetByteCount(transcriptForModel);
        var bytes = (int)Math.Min(int.MaxValue, (maxFrames - referenceFrames) * (double)referenceBytes / referenceFrames * speed) + 1;
        while (bytes > 1 && referenceFrames + (int)((double)referenceFrames / referenceBytes * bytes / speed) > maxFrames)
            bytes--;
        return bytes;
    }
}
