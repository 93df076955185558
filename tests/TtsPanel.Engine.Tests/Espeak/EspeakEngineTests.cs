using TtsPanel.Engine.Abstractions;
using TtsPanel.Engine.Audio;
using TtsPanel.Engine.Espeak;

namespace TtsPanel.Engine.Tests.Espeak;

public class EspeakEngineTests
{
    private static readonly EspeakEngine Engine = EspeakEngine.Create(new EspeakOptions());

    [Fact]
    public void Create_WithSystemLibrary_IsAvailableWithEnglishVoices()
    {
        Assert.True(Engine.Availability.IsAvailable, Engine.Availability.Reason);
        var american = Assert.Single(Engine.Voices, v => v.Id == "espeak-ng:en-us");
        Assert.Equal("espeak-ng", american.Engine);
        Assert.DoesNotContain(Engine.Voices, v => v.Name.Contains("mbrola", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task SynthesizeAsync_Sentence_Produces24kHzAudioOfPlausibleLength()
    {
        var voice = Engine.Voices.Single(v => v.Id == "espeak-ng:en-us");
        const string text = "The quick brown fox jumps over the lazy dog.";

        var result = await Engine.SynthesizeAsync(new SynthesisRequest(text, voice), CancellationToken.None);

        Assert.Equal(24_000, result.SampleRateHz);
        // Nine words at 175 words per minute is about three seconds; allow for pauses and rate differences.
        Assert.InRange(result.AudioSeconds, 1.5, 6.0);
        Assert.True(AudioMeasure.Rms(result.Samples) > 0.01, $"RMS {AudioMeasure.Rms(result.Samples)}");
        Assert.Equal(["synthesis", "resample"], result.Timings.Stages.Select(s => s.Key));
        Assert.True(result.RealTimeFactor > 0);
    }

    [Fact]
    public async Task StreamAsync_TwoSentences_YieldsAChunkPerSentence()
    {
        var voice = Engine.Voices.Single(v => v.Id == "espeak-ng:en-us");

        var chunks = await Engine.StreamAsync(new SynthesisRequest("Hello there. How are you?", voice), CancellationToken.None)
            .ToListAsync();

        Assert.Equal(2, chunks.Count);
        Assert.All(chunks, c => Assert.True(c.Samples.Length > 2_400));
    }

    [Fact]
    public async Task SynthesizeAsync_DoubleSpeed_IsShorter()
    {
        var voice = Engine.Voices.Single(v => v.Id == "espeak-ng:en-us");
        const string text = "Counting the words of a longer sentence makes the rate visible.";

        var normal = await Engine.SynthesizeAsync(new SynthesisRequest(text, voice), CancellationToken.None);
        var fast = await Engine.SynthesizeAsync(new SynthesisRequest(text, voice, Speed: 2.0), CancellationToken.None);

        Assert.True(fast.AudioSeconds < normal.AudioSeconds * 0.75, $"{fast.AudioSeconds} vs {normal.AudioSeconds}");
    }

    [Fact]
    public async Task StreamAsync_CancelledToken_Throws()
    {
        var voice = Engine.Voices.Single(v => v.Id == "espeak-ng:en-us");
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await Engine.SynthesizeAsync(new SynthesisRequest("Never spoken.", voice), cancellation.Token));
    }
}
