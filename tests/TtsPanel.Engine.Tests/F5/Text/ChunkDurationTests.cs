using TtsPanel.Engine.F5.Text;

namespace TtsPanel.Engine.Tests.F5.Text;

public class ChunkDurationTests
{
    private const string Transcript = "Some call me nature, others call me mother nature.  "; // 52 bytes

    [Fact]
    public void Plan_SpecExample_Gives1913FramesAnd370432Samples()
    {
        // Spec §3: 119110 samples → 465 frames; 162-byte chunk → 465 + int(465 / 52 × 162) = 465 + 1448 = 1913.
        var chunk = new string('x', 162);

        var duration = ChunkDuration.Plan(119_110, Transcript, chunk, textTokens: 214, speed: 1.0, hopSamples: 256, maxFrames: 4096);

        Assert.Equal(465, duration.ReferenceFrames);
        Assert.Equal(1913, duration.TotalFrames);
        Assert.Equal(1448, duration.GeneratedFrames);
        Assert.Equal(370_432, duration.OutputSamples);
    }

    [Fact]
    public void Plan_FrameBucket_RoundsTheTotalUpAndKeepsTheReference()
    {
        // 1913 → the next multiple of 32 is 1920; the reference part stays 465, so 7 more frames are generated.
        var duration = ChunkDuration.Plan(119_110, Transcript, new string('x', 162), 214, 1.0, 256, 4096, frameBucket: 32);

        Assert.Equal((465, 1920, 1455), (duration.ReferenceFrames, duration.TotalFrames, duration.GeneratedFrames));
    }

    [Fact]
    public void Plan_FrameBucket_NeverPassesMaxFrames() =>
        Assert.Equal(4090, ChunkDuration.Plan(119_110, Transcript, new string('x', 5_000), 300, 1.0, 256, 4090, frameBucket: 64).TotalFrames);

    [Fact]
    public void Plan_ChunkUnderTenBytes_IsSpokenAtSpeed03()
    {
        // 465 + int(465 / 52 × 4 / 0.3) = 465 + int(119.23) = 584.
        var duration = ChunkDuration.Plan(119_110, Transcript, "Hey!", textTokens: 60, speed: 1.0, hopSamples: 256, maxFrames: 4096);

        Assert.Equal(584, duration.TotalFrames);
    }

    [Fact]
    public void Plan_ManyTokens_AtLeastCoverTheTextPlusOne() =>
        Assert.Equal(901, ChunkDuration.Plan(119_110, Transcript, "Hello world", 900, 1.0, 256, 4096).TotalFrames);

    [Fact]
    public void Plan_HugeChunk_IsCappedAtMaxFrames() =>
        Assert.Equal(4096, ChunkDuration.Plan(119_110, Transcript, new string('x', 5_000), 300, 1.0, 256, 4096).TotalFrames);

    [Fact]
    public void MaxChunkBytes_SpecExample_IsTheLargestChunkWithinMaxFrames()
    {
        // 465 + int(465 / 52 × 406) = 4095 fits; 407 bytes would plan 465 + int(3639.4) = 4104 frames.
        Assert.Equal(406, ChunkDuration.MaxChunkBytes(119_110, Transcript, 1.0, 256, 4096));
        Assert.Equal(4095, ChunkDuration.Plan(119_110, Transcript, new string('x', 406), 300, 1.0, 256, 4096).TotalFrames);
    }
}
