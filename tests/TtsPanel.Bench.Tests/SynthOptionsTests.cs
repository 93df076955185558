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
    }

    [Fact]
    public void Parse_AllOptions_AreRead()
    {
        var options = SynthOptions.Parse([.. Required, "--nfe", "16", "--cfg", "1.5", "--seed", "42", "--provider", "cuda", "--mel", "m.npy", "--repeat", "3", "--vocoder", "CSharpIstft"]);

        Assert.Equal((16, 1.5f, (ulong?)42, ExecutionPreference.Cuda, "m.npy", 3, F5VocoderVariant.CSharpIstft),
            (options.Nfe, options.Cfg, options.Seed, options.Provider, options.MelOutput, options.Repeat, options.Vocoder));
    }

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
    public void Parse_BadValue_NamesTheOptionAndTheValue(string option, string value, string message) =>
        Assert.Equal(message, Assert.Throws<ArgumentException>(() => SynthOptions.Parse([.. Required, option, value])).Message);
}
