using TtsPanel.Engine.Onnx;

namespace TtsPanel.Bench.Tests;

public class VocoderOptionsTests
{
    [Fact]
    public void Parse_PackOnly_Times2And5And15SecondsSevenTimes()
    {
        var options = VocoderOptions.Parse(["--pack", "p"]);

        Assert.Equal(("p", 7, ExecutionPreference.Auto), (options.Pack, options.Repeat, options.Provider));
        Assert.Equal([2.0, 5.0, 15.0], options.AudioSeconds);
    }

    [Fact]
    public void Parse_AllOptions_AreRead()
    {
        var options = VocoderOptions.Parse(["--pack", "p", "--seconds", "1.5,30", "--repeat", "11", "--provider", "cpu"]);

        Assert.Equal((11, ExecutionPreference.Cpu), (options.Repeat, options.Provider));
        Assert.Equal([1.5, 30.0], options.AudioSeconds);
    }

    [Theory]
    [InlineData(new[] { "--seconds", "2" }, "--pack is required.")]
    [InlineData(new[] { "--pack", "p", "--seconds", "2,,5" }, "--seconds must be numbers from 0.1 to 43, separated by commas (was '2,,5').")]
    [InlineData(new[] { "--pack", "p", "--seconds", "60" }, "--seconds must be numbers from 0.1 to 43, separated by commas (was '60').")]
    [InlineData(new[] { "--pack", "p", "--text", "hi" }, "Unknown option '--text'.")]
    public void Parse_BadArguments_SayWhatIsWrong(string[] args, string message) =>
        Assert.Equal(message, Assert.Throws<ArgumentException>(() => VocoderOptions.Parse(args)).Message);
}
