using TtsPanel.Engine.Abstractions;
using TtsPanel.Engine.F5;
using TtsPanel.Engine.F5.Sampling;
using TtsPanel.Engine.Onnx;
using TtsPanel.Engine.Tests.Fixtures;
using Xunit.Abstractions;

namespace TtsPanel.Engine.Tests.F5;

public class F5EngineTests(ITestOutputHelper output)
{
    private const string Transcript = "Some call me nature, others call me mother nature.";

    private sealed class FixtureVoices : IF5VoiceSource
    {
        public IReadOnlyList<F5VoiceClip> Voices { get; } =
            [new("nature", "Nature", "en", TinyPackFixture.Path("reference.wav"), Transcript)];
    }

    private static F5Engine Create(ulong? seed = 1234, string? pack = null, F5VocoderVariant vocoder = F5VocoderVariant.GraphIstft) => F5Engine.Create(
        new F5Options { PackDirectory = pack ?? TinyPackFixture.Directory, ExecutionProvider = ExecutionPreference.Cpu, Seed = seed, Vocoder = vocoder },
        new FixtureVoices());

    private static Task<SynthesisResult> SpeakAsync(F5Engine engine, string text, CancellationToken cancellationToken = default) =>
        engine.SynthesizeAsync(new SynthesisRequest(text, engine.Voices.Single()), cancellationToken);

    [Theory]
    [InlineData(F5VocoderVariant.GraphIstft)]
    [InlineData(F5VocoderVariant.CSharpIstft)]
    public async Task SynthesizeAsync_GoldenInputs_ReproducesTheReferenceWaveform(F5VocoderVariant vocoder)
    {
        using var engine = Create(vocoder: vocoder);

        var result = await SpeakAsync(engine, "Hello world, this is a tiny test.");

        Assert.Equal(24_000, result.SampleRateHz);
        Closeness.AssertClose(output, $"engine waveform ({vocoder})", Npy.ReadFloat(TinyPackFixture.Path("waveform.npy")).Values, result.Samples,
            atol: 1e-4, rtol: 1e-3);
        Assert.Equal(["text", "conditioning", "nfe", "vocoder", "post", "reference"], result.Timings.Stages.Select(s => s.Key));
    }

    [Fact]
    public async Task SynthesizeAsync_SameSeed_SameAudio()
    {
        using var engine = Create(seed: 7);

        var first = await SpeakAsync(engine, "Same words twice.");
        var second = await SpeakAsync(engine, "Same words twice.");

        Assert.Equal(first.Samples, second.Samples);
    }

    [Fact]
    public async Task SynthesizeAsync_OnTheCpu_FrameBucketLeavesTheLengthAlone()
    {
        // The bucket only lets CUDA graphs share a length; without graphs the speech is not stretched to it.
        F5Engine CreateWithBucket(int bucket) => F5Engine.Create(
            new F5Options { PackDirectory = TinyPackFixture.Directory, ExecutionProvider = ExecutionPreference.Cpu, Seed = 5, FrameBucket = bucket },
            new FixtureVoices());
        using var plain = CreateWithBucket(1);
        using var bucketed = CreateWithBucket(256);

        var expected = await SpeakAsync(plain, "Nearby lengths.");
        var actual = await SpeakAsync(bucketed, "Nearby lengths.");

        Assert.Equal(expected.Samples, actual.Samples);
    }

    [Fact]
    public async Task SynthesizeAsync_NfeOverride_RunsThatManyStepsForThisRequestOnly()
    {
        using var engine = Create(seed: 7);
        var voice = engine.Voices.Single();

        var configured = await SpeakAsync(engine, "Six or seven steps.");
        var six = await engine.SynthesizeAsync(new SynthesisRequest("Six or seven steps.", voice, Overrides: new SynthesisOverrides(Nfe: 6)),
            CancellationToken.None);
        var again = await SpeakAsync(engine, "Six or seven steps.");

        Assert.NotEqual(configured.Samples, six.Samples);
        Assert.Equal(configured.Samples, again.Samples);
    }

    [Fact]
    public async Task SynthesizeAsync_OverrideOutOfRange_ThrowsNamingIt()
    {
        using var engine = Create();
        var request = new SynthesisRequest("Hello.", engine.Voices.Single(), Overrides: new SynthesisOverrides(Nfe: 100));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => engine.SynthesizeAsync(request, CancellationToken.None));

        Assert.Equal("NFE must be between 4 and 64 (was 100).", error.Message);
    }

    [Fact]
    public async Task SynthesizeAsync_LongText_IsChunkedAndCrossFaded()
    {
        using var engine = Create();
        var sentence = "This sentence is repeated until the text needs more than one chunk of audio. ";
        var text = string.Concat(Enumerable.Repeat(sentence, 9));

        var chunks = await engine.StreamAsync(new SynthesisRequest(text, engine.Voices.Single()), CancellationToken.None).ToListAsync();

        // Two or more generated chunks plus the held-back tail; together their lengths lose one 3600-sample overlap per join.
        Assert.True(chunks.Count >= 3, $"{chunks.Count} chunks");
        Assert.True(chunks.Sum(c => c.Samples.Length) > 24_000 * 5);
    }

    [Fact]
    public async Task SynthesizeAsync_LongText_CountsTheStreamedChunksWithAudio()
    {
        using var engine = Create();
        var text = string.Concat(Enumerable.Repeat("This sentence is repeated until the text needs more than one chunk of audio. ", 9));

        var streamed = await engine.StreamAsync(new SynthesisRequest(text, engine.Voices.Single()), CancellationToken.None).ToListAsync();
        var result = await SpeakAsync(engine, text);

        Assert.Equal(streamed.Count(c => c.Samples.Length > 0), result.ChunkCount);
        Assert.True(result.ChunkCount >= 3);
    }

    [Fact]
    public void ModelId_IsThePacksName()
    {
        using var engine = Create();

        Assert.Equal("f5-tiny", engine.ModelId);
    }

    [Fact]
    public async Task StreamAsync_LongText_HandsOutTheFirstChunkBeforeTheSecondIsComputed()
    {
        using var engine = Create();
        var text = string.Concat(Enumerable.Repeat("This sentence is repeated until the text needs more than one chunk of audio. ", 9));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        TimeSpan? firstAudio = null;
        var chunks = new List<AudioChunk>();

        await foreach (var chunk in engine.StreamAsync(new SynthesisRequest(text, engine.Voices.Single()), CancellationToken.None))
        {
            if (chunk.Samples.Length > 0)
                firstAudio ??= clock.Elapsed;
            chunks.Add(chunk);
        }

        // The second chunk's flow steps ran after the first chunk was received: streaming, not all-at-once.
        var secondChunkSteps = chunks[1].Timings.Stages.Single(s => s.Key == F5Stages.FlowSteps).Value;
        Assert.True(firstAudio + secondChunkSteps <= clock.Elapsed,
            $"first audio at {firstAudio}, second chunk's steps {secondChunkSteps}, done at {clock.Elapsed}");
    }

    [Fact]
    public void Create_NoPackConfigured_IsUnavailableSayingSo()
    {
        using var engine = F5Engine.Create(new F5Options(), new FixtureVoices());

        Assert.False(engine.Availability.IsAvailable);
        Assert.Equal("No model pack is configured (Engine:F5:PackDirectory).", engine.Availability.Reason);
        Assert.Empty(engine.Voices);
    }

    [Fact]
    public void Create_MissingPack_IsUnavailableNamingTheFile()
    {
        using var engine = Create(pack: "/no/such/pack");

        Assert.Equal("/no/such/pack/manifest.json: the file is missing.", engine.Availability.Reason);
    }

    [Fact]
    public void Create_OnTheCpu_ReportsProviderAndPrecision()
    {
        using var engine = Create();

        Assert.Equal("CPU", engine.ExecutionProvider!.Provider);
        Assert.Equal("fp32", engine.Precision);
        Assert.Equal(["f5-tts:nature"], engine.Voices.Select(v => v.Id));
    }

    [Fact]
    public async Task SynthesizeAsync_TextWithNoKnownCharacter_SaysSo()
    {
        using var engine = Create();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => SpeakAsync(engine, "ᚠᚢᚦ"));

        Assert.Equal("The text has no character the model's vocabulary knows: \"ᚠᚢᚦ\".", error.Message);
    }

    [Fact]
    public void Integrate_CancelledDuringAStep_StopsBeforeTheNext()
    {
        using var cancellation = new CancellationTokenSource();
        var evaluations = 0;

        Assert.Throws<OperationCanceledException>(() => FlowSampler.Integrate(new float[200], TimeGrid.Create(7), 2f, (x, _) =>
        {
            evaluations++;
            cancellation.Cancel();
            return new float[400];
        }, cancellation.Token));

        Assert.Equal(1, evaluations);
    }
}
