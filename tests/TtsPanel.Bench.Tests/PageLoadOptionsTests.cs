namespace TtsPanel.Bench.Tests;

public class PageLoadOptionsTests
{
    [Fact]
    public void Parse_DbOnly_AsksForAMillionRecordsTimedThreeTimes() =>
        Assert.Equal(new PageLoadOptions("big.db", 1_000_000, 3), PageLoadOptions.Parse(["--db", "big.db"]));

    [Fact]
    public void Parse_NoDb_FailsSoThePanelsOwnDatabaseIsNeverFilledByAccident() =>
        Assert.Equal("--db is required.", Assert.Throws<ArgumentException>(() => PageLoadOptions.Parse(["--records", "1000"])).Message);
}
