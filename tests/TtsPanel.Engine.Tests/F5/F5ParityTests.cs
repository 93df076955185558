using TtsPanel.Engine.Audio;
using TtsPanel.Engine.F5;
using TtsPanel.Engine.F5.Audio;
using TtsPanel.Engine.F5.Reference;
using TtsPanel.Engine.F5.Sampling;
using TtsPanel.Engine.F5.Text;
using TtsPanel.Engine.Tests.Fixtures;
using Xunit.Abstractions;

namespace TtsPanel.Engine.Tests.F5;

/// <summary>
/// The C# pipeline against the PyTorch reference's golden tensors for the tiny pack (FP32, CPU). Each test feeds one
/// stage the golden inputs and compares its output, so an error points at one stage; the achieved errors are written
/// to the test output.
/// </summary>
public class F5ParityTests(TinyPackFixture tiny, ITestOutputHelper output) : IClassFixture<TinyPackFixture>
{
    private const int Mel = 100;

    private static float[] Golden(string file) => Npy.ReadFloat(TinyPackFixture.Path(file)).Values;

    private int Frames => tiny.Goldens.GetProperty("frames").GetInt32();

    [Fact]
    public void ReferenceWave_ClippedAndAfterTheRmsRule_MatchesRefWave()
    {
        var clipped = ReferenceClipper.Clip(WavDecoder.DecodePcm(File.ReadAllBytes(TinyPackFixture.Path("reference.wav")))).ToMono();
        var rms = AudioMeasure.Rms(clipped);
        var boosted = clipped.Select(s => (float)(s * 0.1 / rms)).ToArray();

        Assert.Equal(tiny.Goldens.GetProperty("reference_rms").GetDouble(), rms, precision: 6);
        Closeness.AssertClose(output, "ref_wave", Golden("ref_wave.npy"), boosted, atol: 1e-6, rtol: 1e-5);
    }

    [Fact]
    public void LogMel_OfTheReference_MatchesRefMel() =>
        // torch computes the STFT in float32: in the quietest bins (mel energy ~1e-3, log ≈ −6.6) its rounding moves the
        // log by up to 1.4e-3, the same distance a float64 NumPy STFT lands from the golden; we compute in float64.
        Closeness.AssertClose(output, "ref_mel", Golden("ref_mel.npy"),
            new LogMelExtractor(tiny.Pack.MelFilters).Extract(Golden("ref_wave.npy")).Values, atol: 2e-3, rtol: 1e-4);

    [Fact]
    public void LogMel_ComputedFilters_AgreeWithThePacksTorchaudioMatrix()
    {
        var computed = new LogMelExtractor();
        var exported = new LogMelExtractor(tiny.Pack.MelFilters);
        var difference = Enumerable.Range(0, 100).SelectMany(m => Enumerable.Range(0, 513)
            .Select(k => Math.Abs(computed.FilterWeight(m, k) - exported.FilterWeight(m, k)))).Max();

        output.WriteLine($"filterbank: max abs difference {difference:E2}");
        Assert.InRange(difference, 0, 2e-5);
    }

    [Fact]
    public void TokenIds_OfTranscriptAndText_MatchTextIds()
    {
        var transcript = ReferenceText.ForModel(ReferenceText.Normalize(tiny.Goldens.GetProperty("ref_text").GetString()!));
        var text = tiny.Goldens.GetProperty("gen_text").GetString()!;

        var ids = new F5Tokenizer(tiny.Pack.Vocabulary).Encode(transcript + text);

        Assert.Equal(tiny.Goldens.GetProperty("ref_text_normalised").GetString(), transcript);
        Assert.Equal(Npy.ReadLong(TinyPackFixture.Path("text_ids.npy")).Values, ids.Select(i => (long)i));
    }

    [Fact]
    public void Duration_AndTimeGrid_MatchTheGoldens()
    {
        var transcript = tiny.Goldens.GetProperty("ref_text_normalised").GetString()!;
        var duration = ChunkDuration.Plan(tiny.Goldens.GetProperty("reference_audio_samples").GetInt32(), transcript, tiny.Goldens.GetProperty("gen_text").GetString()!,
            textTokens: 85, speed: 1.0, hopSamples: 256, maxFrames: 4096);

        Assert.Equal(Frames, duration.TotalFrames);
        Assert.Equal(tiny.Goldens.GetProperty("ref_audio_len").GetInt32(), duration.ReferenceFrames);
        Closeness.AssertClose(output, "time_grid", Golden("time_grid.npy"), TimeGrid.Create(7), atol: 1e-7, rtol: 0);
    }

    [Fact]
    public void Noise_FromTheSeed_MatchesTorchRandn() =>
        Closeness.AssertClose(output, "noise", Golden("noise.npy"), new TorchCpuNormal(1234).Next(Frames * Mel), atol: 1e-5, rtol: 1e-5);

    [Fact]
    public void ConditioningGraph_MatchesCondProjAndRope()
    {
        using var conditioning = Condition();

        Closeness.AssertClose(output, "cond_proj", Golden("cond_proj.npy"), conditioning.CondProjection.GetTensorDataAsSpan<float>().ToArray(), atol: 1e-5, rtol: 1e-4);
        Closeness.AssertClose(output, "rope_cos", Golden("rope_cos.npy"), conditioning.RopeCos.GetTensorDataAsSpan<float>().ToArray(), atol: 1e-6, rtol: 1e-5);
        Closeness.AssertClose(output, "rope_sin", Golden("rope_sin.npy"), conditioning.RopeSin.GetTensorDataAsSpan<float>().ToArray(), atol: 1e-6, rtol: 1e-5);
    }

    [Fact]
    public void FirstStep_MatchesVelocityAndState()
    {
        using var conditioning = Condition();
        var grid = Golden("time_grid.npy");
        var x = Golden("noise.npy");

        var velocity = tiny.Runner.Velocity(x, conditioning, grid[0]);
        FlowSampler.EulerStep(x, velocity, cfgStrength: 2f, dt: grid[1] - grid[0]);

        Closeness.AssertClose(output, "velocity_step0", Golden("velocity_step0.npy"), velocity, atol: 1e-4, rtol: 1e-4);
        Closeness.AssertClose(output, "x_step1", Golden("x_step1.npy"), x, atol: 1e-4, rtol: 1e-4);
    }

    [Fact]
    public void WholeChunk_Nfe7_MatchesEveryLaterGolden()
    {
        using var conditioning = Condition();
        var refMel = Golden("ref_mel.npy");

        var x = FlowSampler.Integrate(Golden("noise.npy"), Golden("time_grid.npy"), 2f,
            (state, t) => tiny.Runner.Velocity(state, conditioning, t), CancellationToken.None);
        Closeness.AssertClose(output, "x_final", Golden("x_final.npy"), x, atol: 1e-3, rtol: 1e-3);

        MelLayout.PasteReference(x, refMel);
        Closeness.AssertClose(output, "mel_sampled", Golden("mel_sampled.npy"), x, atol: 1e-3, rtol: 1e-3);

        var referenceFrames = tiny.Goldens.GetProperty("ref_audio_len").GetInt32();
        var generated = MelLayout.CutChannelsFirst(x, Frames, Mel, referenceFrames);
        Closeness.AssertClose(output, "mel_generated", Golden("mel_generated.npy"), generated, atol: 1e-3, rtol: 1e-3);

        var wave = tiny.Runner.Vocode(generated, Frames - referenceFrames);
        Closeness.AssertClose(output, "vocoder_waveform", Golden("vocoder_waveform.npy"), wave, atol: 1e-4, rtol: 1e-3);

        var rms = tiny.Goldens.GetProperty("reference_rms").GetDouble();
        var final = wave.Select(s => (float)(s * rms / 0.1)).ToArray();
        Closeness.AssertClose(output, "waveform", Golden("waveform.npy"), final, atol: 1e-4, rtol: 1e-3);
    }

    [Fact]
    public void SpectrumVocoderWithCSharpIstft_OnTheGeneratedMel_MatchesTheGoldensLikeTheGraph()
    {
        var mel = Golden("mel_generated.npy");
        var frames = mel.Length / Mel;

        var wave = tiny.SpectrumVocoder.Vocode(mel, frames);

        // The tolerance of the in-graph path (WholeChunk_Nfe7_MatchesEveryLaterGolden): same golden, same bar.
        Closeness.AssertClose(output, "vocoder_waveform (C# ISTFT)", Golden("vocoder_waveform.npy"), wave, atol: 1e-4, rtol: 1e-3);
        Closeness.AssertClose(output, "C# ISTFT vs in-graph ISTFT", tiny.Runner.Vocode(mel, frames), wave, atol: 1e-6, rtol: 0);
    }

    private F5Conditioning Condition()
    {
        var ids = Npy.ReadLong(TinyPackFixture.Path("text_ids.npy")).Values;
        var cond = MelLayout.PadReference(Golden("ref_mel.npy"), Frames, Mel);
        return tiny.Runner.Condition(ids, cond, Frames);
    }
}
