namespace TtsPanel.Bench.Tests;

public class ChatBenchOptionsTests
{
    [Fact]
    public void Parse_NoArguments_Uses5000MessagesFrom500Users1000WritesAndFloodsOf10000() =>
        Assert.Equal(new ChatBenchOptions(5_000, 500, 1_000, 10_000), ChatBenchOptions.Parse([]));

    [Fact]
    public void Parse_AllOptions_AreRead() =>
        Assert.Equal(new ChatBenchOptions(200, 7, 50, 0),
            ChatBenchOptions.Parse(["--messages", "200", "--users", "7", "--writes", "50", "--flood", "0"]));

    [Theory]
    [InlineData(new[] { "--messages", "20000" }, "--messages must be a whole number from 1 to 10000 (was '20000').")]
    [InlineData(new[] { "--users", "0" }, "--users must be a whole number from 1 to 10000 (was '0').")]
    [InlineData(new[] { "--flood", "-1" }, "--flood must be a whole number from 0 to 1000000 (was '-1').")]
    [InlineData(new[] { "--pack", "p" }, "Unknown option '--pack'.")]
    public void Parse_BadArguments_SayWhatIsWrong(string[] args, string message) =>
        Assert.Equal(message, Assert.Throws<ArgumentException>(() => ChatBenchOptions.Parse(args)).Message);
}
