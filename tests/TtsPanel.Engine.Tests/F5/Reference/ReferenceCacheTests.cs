using TtsPanel.Engine.Audio;
using TtsPanel.Engine.F5.Reference;

namespace TtsPanel.Engine.Tests.F5.Reference;

public class ReferenceCacheTests
{
    private static readonly byte[] QuietClip = WavEncoder.EncodePcm16(TestSignals.Sine(220, 24_000, 2, 0.05f), 24_000);

    [Fact]
    public void GetOrPrepare_HitAndMiss_GiveTheSameReferenceAndLevel()
    {
        var cache = new ReferenceCache(new ReferencePreparer());

        var miss = cache.GetOrPrepare(QuietClip, "Hello.", 0.1);
        var hit = cache.GetOrPrepare(QuietClip, "Hello.", 0.1);
        var fresh = new ReferencePreparer().Prepare(QuietClip, "Hello.", 0.1);

        Assert.Same(miss, hit);
        Assert.Equal(fresh.Samples, hit.Samples);
        Assert.Equal(fresh.Rms, hit.Rms);
        Assert.Equal(fresh.OutputGain, hit.OutputGain);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void GetOrPrepare_OtherTranscriptOrTarget_IsAnotherEntry()
    {
        var cache = new ReferenceCache(new ReferencePreparer());

        cache.GetOrPrepare(QuietClip, "Hello.", 0.1);
        cache.GetOrPrepare(QuietClip, "Hi.", 0.1);
        cache.GetOrPrepare(QuietClip, "Hello.", 0.2);

        Assert.Equal(3, cache.Count);
    }

    [Fact]
    public void GetOrPrepare_BadClip_IsNotCached()
    {
        var cache = new ReferenceCache(new ReferencePreparer());

        Assert.Throws<ReferenceAudioException>(() => cache.GetOrPrepare([1, 2, 3], "Hello.", 0.1));

        Assert.Equal(0, cache.Count);
    }
}
