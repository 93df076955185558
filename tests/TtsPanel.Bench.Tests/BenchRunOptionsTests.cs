using TtsPanel.Engine.F5;
using TtsPanel.Engine.Onnx;

namespace TtsPanel.Bench.Tests;

public class BenchRunOptionsTests
{
    [Fact]
    public void Parse_SetOnly_RunsEspeakIntoThePanelsDatabase()
    {
        var options = BenchRunOptions.Parse(["--set", "tiny"]);

        Assert.Equal(("tiny", null, "en-us", 3, 1, "data/ttspanel.db", (Guid?)null), (options.Set, options.Pack, options.Voice, options.Repeat,
            options.Warmup, options.Database, options.Compare));
    }

    [Fact]
    public void Parse_F5Options_AreRead()
    {
        var id = Guid.NewGuid();
        var options = BenchRunOptions.Parse(["--set", "standard", "--pack", "p", "--reference", "r.wav", "--transcript", "Hi.", "--nfe", "6",
            "--cfg", "1.5", "--sway", "-0.5", "--provider", "cuda", "--vocoder", "csharpistft", "--compare", id.ToString(), "--db", "x.db", "--name", "n6"]);

        Assert.Equal(("p", "r.wav", "Hi.", 6, 1.5f, -0.5f), (options.Pack, options.Reference, options.Transcript, options.Nfe, options.Cfg, options.Sway));
        Assert.Equal((ExecutionPreference.Cuda, F5VocoderVariant.CSharpIstft, (Guid?)id, "x.db", "n6"),
            (options.Provider, options.Vocoder, options.Compare, options.Database, options.Name));
    }

    [Fact]
    public void Parse_F5WithoutGpuFlags_LeavesThemAtTheEngineDefaultsAndDeniesTheFallback()
    {
        var options = BenchRunOptions.Parse(["--set", "gpu", "--pack", "p", "--reference", "r.wav", "--transcript", "Hi."]);

        Assert.Equal((64, 16, 0.0, false), (options.CudaGraphLengths, options.FrameBucket, options.FirstChunkSeconds, options.AllowCpuFallback));
    }

    [Fact]
    public void Parse_GpuFlags_AreRead()
    {
        var options = BenchRunOptions.Parse(["--set", "gpu", "--pack", "p", "--reference", "r.wav", "--transcript", "Hi.", "--provider", "cuda",
            "--cuda-graphs", "64", "--frame-bucket", "16", "--first-chunk-seconds", "2.5", "--cpu-fallback", "allow"]);

        Assert.Equal((64, 16, 2.5, true), (options.CudaGraphLengths, options.FrameBucket, options.FirstChunkSeconds, options.AllowCpuFallback));
    }

    [Theory]
    [InlineData("--cuda-graphs", "300", "--cuda-graphs must be a whole number from 0 to 256 (was '300').")]
    [InlineData("--cuda-graphs", "lots", "--cuda-graphs must be a whole number from 0 to 256 (was 'lots').")]
    [InlineData("--frame-bucket", "0", "--frame-bucket must be a whole number from 1 to 256 (was '0').")]
    [InlineData("--frame-bucket", "1.5", "--frame-bucket must be a whole number from 1 to 256 (was '1.5').")]
    [InlineData("--first-chunk-seconds", "11", "--first-chunk-seconds must be a number from 0 to 10 (was '11').")]
    [InlineData("--first-chunk-seconds", "NaN", "--first-chunk-seconds must be a number from 0 to 10 (was 'NaN').")]
    [InlineData("--cpu-fallback", "maybe", "--cpu-fallback must be deny or allow (was 'maybe').")]
    public void Parse_BadGpuFlag_NamesTheFlagAndTheValue(string flag, string value, string message) =>
        Assert.Equal(message, Assert.Throws<ArgumentException>(() =>
            BenchRunOptions.Parse(["--set", "gpu", "--pack", "p", "--reference", "r.wav", "--transcript", "Hi.", flag, value])).Message);

    [Theory]
    [InlineData("--cuda-graphs", "64")]
    [InlineData("--frame-bucket", "16")]
    [InlineData("--first-chunk-seconds", "3")]
    [InlineData("--cpu-fallback", "deny")]
    public void Parse_GpuFlagWithoutPack_SaysItBelongsToAnF5Run(string flag, string value) =>
        Assert.Equal($"{flag} belongs to an F5 run: give --pack too.",
            Assert.Throws<ArgumentException>(() => BenchRunOptions.Parse(["--set", "tiny", flag, value])).Message);

    [Theory]
    [InlineData(new[] { "--repeat", "3" }, "--set is required.")]
    [InlineData(new[] { "--set", "tiny", "--repeat", "0" }, "--repeat must be a whole number from 1 to 100 (was '0').")]
    [InlineData(new[] { "--set", "tiny", "--compare", "last" }, "--compare must be a run id such as 3f2a…-… (was 'last').")]
    [InlineData(new[] { "--set", "tiny", "--pack", "p" }, "--reference is required.")]
    [InlineData(new[] { "--set", "tiny", "--transcript", "Hi." }, "--reference and --transcript belong to an F5 run: give --pack too.")]
    public void Parse_BadArguments_SayWhich(string[] args, string message) =>
        Assert.Equal(message, Assert.Throws<ArgumentException>(() => BenchRunOptions.Parse(args)).Message);
}
