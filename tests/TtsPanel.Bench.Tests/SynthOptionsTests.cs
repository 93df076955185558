using Microsoft.ML.OnnxRuntime;
using TtsPanel.Engine.F5;
using TtsPanel.Engine.Onnx;

namespace TtsPanel.Bench.Tests;

public class SynthOptionsTests
{
    private static readonly string[] Required =
        ["--pack", "p", "--reference", "r.wav", "--transcript", "Hi.", "--text", "Hello", "--out", "o.wav"];

    [Fact]
    public void Parse_RequiredOnly_UsesTheDefaults()
    {
        var options = SynthOptions.Parse(Required);

        Assert.Equal(("p", "r.wav", "Hi.", "Hello", "o.wav"), (options.Pack, options.Reference, options.Transcript, options.Text, options.Output));
        Assert.Equal((7, 2f, (ulong?)null, ExecutionPreference.Auto, F5VocoderVariant.GraphIstft, 1),
            (options.Nfe, options.Cfg, options.Seed, options.Provider, options.Vocoder, options.Repeat));
        Assert.Equal((0, (string?)null, (string?)null, false, OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR),
            (options.Warmup, options.JsonOutput, options.WaveNpyOutput, options.AllowCpuFallback, options.OrtLogLevel));
    }

    [Fact]
    public void Parse_AllOptions_AreRead()
    {
        var options = SynthOptions.Parse([.. Required, "--nfe", "16", "--cfg", "1.5", "--seed", "42", "--provider", "cuda", "--mel", "m.npy", "--repeat", "3", "--vocoder", "CSharpIstft"]);

        Assert.Equal((16, 1.5f, (ulong?)42, ExecutionPreference.Cuda, "m.npy", 3, F5VocoderVariant.CSharpIstft),
            (options.Nfe, options.Cfg, options.Seed, options.Provider, options.MelOutput, options.Repeat, options.Vocoder));
    }

    [Fact]
    public void Parse_BenchmarkOptions_AreRead()
    {
        var options = SynthOptions.Parse([.. Required, "--warmup", "3", "--json", "r.json", "--wave-npy", "w.npy", "--cpu-fallback", "allow", "--ort-log", "verbose"]);

        Assert.Equal((3, "r.json", "w.npy", true, OrtLoggingLevel.ORT_LOGGING_LEVEL_VERBOSE),
            (options.Warmup, options.JsonOutput, options.WaveNpyOutput, options.AllowCpuFallback, options.OrtLogLevel));
    }

    [Fact]
    public void Parse_ProfileAndNewLengthText_AreReadAndOffByDefault()
    {
        var options = SynthOptions.Parse([.. Required, "--ort-profile", "prof/ort", "--new-length-text", "Another line."]);
        var defaults = SynthOptions.Parse(Required);

        Assert.Equal(("prof/ort", "Another line.", null, null),
            (options.OrtProfilePrefix, options.NewLengthText, defaults.OrtProfilePrefix, defaults.NewLengthText));
    }

    [Fact]
    public void Parse_CudaGraphs_IsReadAndTheEnginesByDefault() =>
        Assert.Equal((0, 64), (SynthOptions.Parse([.. Required, "--cuda-graphs", "0"]).CudaGraphLengths, SynthOptions.Parse(Required).CudaGraphLengths));

    [Fact]
    public void Parse_FirstChunkSeconds_IsReadAndOffByDefault() =>
        Assert.Equal((2.5, 0.0), (SynthOptions.Parse([.. Required, "--first-chunk-seconds", "2.5"]).FirstChunkSeconds, SynthOptions.Parse(Required).FirstChunkSeconds));

    [Fact]
    public void Parse_FrameBucket_IsReadAndTheEnginesByDefault() =>
        Assert.Equal((32, 16), (SynthOptions.Parse([.. Required, "--frame-bucket", "32"]).FrameBucket, SynthOptions.Parse(Required).FrameBucket));

    [Fact]
    public void Parse_CudaGraphsOutOfRange_SaysTheRange() =>
        Assert.Equal("--cuda-graphs must be a whole number from 0 to 256 (was '300').",
            Assert.Throws<ArgumentException>(() => SynthOptions.Parse([.. Required, "--cuda-graphs", "300"])).Message);

    [Fact]
    public void Parse_CpuFallbackDeny_KeepsTheFallbackOff() =>
        Assert.False(SynthOptions.Parse([.. Required, "--cpu-fallback", "deny"]).AllowCpuFallback);

    [Theory]
    [InlineData(new[] { "--pack", "p" }, "--reference is required.")]
    [InlineData(new[] { "--volume", "3" }, "Unknown option '--volume'.")]
    [InlineData(new[] { "--pack" }, "Option '--pack' needs a value.")]
    public void Parse_BadArguments_SayWhatIsWrong(string[] args, string message) =>
        Assert.Equal(message, Assert.Throws<ArgumentException>(() => SynthOptions.Parse(args)).Message);

    [Theory]
    [InlineData("--nfe", "99", "--nfe must be a whole number from 4 to 64 (was '99').")]
    [InlineData("--cfg", "lots", "--cfg must be a number from 0 to 10 (was 'lots').")]
    [InlineData("--seed", "-1", "--seed must be a non-negative whole number (was '-1').")]
    [InlineData("--provider", "tpu", "--provider must be auto, cpu or cuda (was 'tpu').")]
    [InlineData("--vocoder", "2", "--vocoder must be graphistft or csharpistft (was '2').")]
    [InlineData("--warmup", "-1", "--warmup must be a whole number from 0 to 100 (was '-1').")]
    [InlineData("--cpu-fallback", "maybe", "--cpu-fallback must be deny or allow (was 'maybe').")]
    [InlineData("--ort-log", "loud", "--ort-log must be error, warning, info or verbose (was 'loud').")]
    public void Parse_BadValue_NamesTheOptionAndTheValue(string option, string value, string message) =>
        Assert.Equal(message, Assert.Throws<ArgumentException>(() => SynthOptions.Parse([.. Required, option, value])).Message);
}
