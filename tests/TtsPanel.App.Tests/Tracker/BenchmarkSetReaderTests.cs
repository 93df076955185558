using TtsPanel.App.Tracker;

namespace TtsPanel.App.Tests.Tracker;

public sealed class BenchmarkSetReaderTests
{
    [Fact]
    public void Parse_SectionsCommentsAndBlankLines_KeepsTextsInOrderWithTheirKind()
    {
        var set = BenchmarkSetReader.Parse("demo", ["# comment", "[short]", "Hi!", "", "[Chat]", "  gg wp  "], "demo.txt");

        Assert.Equal("demo", set.Name);
        Assert.Equal([new BenchmarkText("short", "Hi!"), new BenchmarkText("chat", "gg wp")], set.Texts);
    }

    [Fact]
    public void Parse_TextBeforeASection_NamesFileAndLine()
    {
        var error = Assert.Throws<FormatException>(() => BenchmarkSetReader.Parse("x", ["# c", "Hi"], "x.txt"));

        Assert.Equal("x.txt:2: text before any section; start with a header such as [short].", error.Message);
    }

    [Fact]
    public void Parse_UnknownSection_ListsTheKnownOnes()
    {
        var error = Assert.Throws<FormatException>(() => BenchmarkSetReader.Parse("x", ["[huge]", "Hi"], "x.txt"));

        Assert.Equal("x.txt:1: unknown section [huge]; use one of [short], [medium], [long], [chat].", error.Message);
    }

    [Fact]
    public void Parse_NoTexts_Fails() =>
        Assert.Equal("x.txt: the set has no texts.",
            Assert.Throws<FormatException>(() => BenchmarkSetReader.Parse("x", ["[short]"], "x.txt")).Message);

    [Fact]
    public void Read_ShippedSets_HaveEveryKind()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "benchmarks");

        var standard = BenchmarkSetReader.Read(Path.Combine(directory, "standard.txt"));
        var tiny = BenchmarkSetReader.Read(Path.Combine(directory, "tiny.txt"));

        Assert.Equal(BenchmarkSetReader.Kinds, standard.Texts.Select(t => t.Kind).Distinct());
        Assert.Equal(2, tiny.Texts.Count);
    }

    [Fact]
    public void Read_GpuSet_HoldsTheThreeGpuCasesShortestFirst()
    {
        var gpu = BenchmarkSetReader.Read(Path.Combine(AppContext.BaseDirectory, "benchmarks", "gpu.txt"));

        Assert.Equal(["short", "medium", "long"], gpu.Texts.Select(t => t.Kind));
        Assert.Equal("Thanks for the follow!", gpu.Texts[0].Text);
        Assert.StartsWith("Welcome back, chat. Today we are building a voice engine", gpu.Texts[2].Text);
    }

    [Fact]
    public void Read_LengthsSet_HoldsTwentyFourDistinctLengthsGrowing()
    {
        var lengths = BenchmarkSetReader.Read(Path.Combine(AppContext.BaseDirectory, "benchmarks", "lengths.txt"));

        Assert.Equal(24, lengths.Texts.Count);
        var characters = lengths.Texts.Select(t => t.Text.Length).ToArray();
        Assert.Equal(characters.Order(), characters);
        Assert.Equal(24, characters.Distinct().Count());
    }
}
