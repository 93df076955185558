using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TtsPanel.App.Tests.Fakes;
using TtsPanel.App.Voices;

namespace TtsPanel.App.Tests.Voices;

public class EngineWarmupTests
{
    private static EngineWarmup Create(params TtsPanel.Engine.Abstractions.ITtsEngine[] engines) =>
        new(new VoiceCatalog(engines, Options.Create(new EngineOptions())), NullLogger<EngineWarmup>.Instance);

    [Fact]
    public async Task WarmUpAsync_SpeaksOncePerVoiceAndEndsDone()
    {
        var tone = new ToneEngine();
        var warmup = Create(tone);
        var seen = new List<WarmupProgress>();
        warmup.Changed += () => seen.Add(warmup.Progress);

        await warmup.WarmUpAsync(CancellationToken.None);

        Assert.Equal([EngineWarmup.Phrase], tone.Spoken);
        Assert.Equal([new WarmupProgress(0, 1, "Tone A", []), new WarmupProgress(1, 1, null, [])], seen,
            new WarmupProgressComparer());
        Assert.False(warmup.Progress.IsRunning);
    }

    [Fact]
    public async Task WarmUpAsync_FailingVoice_IsReportedAndTheOthersStillWarmUp()
    {
        var tone = new ToneEngine();
        var warmup = Create(new BrokenEngine(), tone);

        await warmup.WarmUpAsync(CancellationToken.None);

        Assert.Equal(["Broken X: the reference clip is unreadable"], warmup.Progress.Failures);
        Assert.Equal([EngineWarmup.Phrase], tone.Spoken);
        Assert.Equal(2, warmup.Progress.Done);
    }

    private sealed class WarmupProgressComparer : IEqualityComparer<WarmupProgress>
    {
        public bool Equals(WarmupProgress? x, WarmupProgress? y) =>
            x!.Done == y!.Done && x.Total == y.Total && x.Current == y.Current && x.Failures.SequenceEqual(y.Failures);

        public int GetHashCode(WarmupProgress obj) => obj.Done;
    }
}
