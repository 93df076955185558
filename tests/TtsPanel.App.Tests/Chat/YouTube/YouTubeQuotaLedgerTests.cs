using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TtsPanel.App.Chat.YouTube;
using TtsPanel.App.Storage;
using TtsPanel.App.Tests.Fakes;

namespace TtsPanel.App.Tests.Chat.YouTube;

/// <summary>The day's quota count kept in a real LiteDB file across restarts of the panel.</summary>
public sealed class YouTubeQuotaLedgerTests : IDisposable
{
    // 20:00 UTC on 24 November is 12:00 Pacific standard time; the reset is at 08:00 UTC on the 25th.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 20, 0, 0, TimeSpan.Zero));
    private readonly string _directory = Directory.CreateTempSubdirectory("ttspanel-quota-").FullName;
    private readonly ListLogger<YouTubeQuotaRepository> _logger = new();

    private PanelDatabase OpenDatabase() => new(Options.Create(new StorageOptions { DataDirectory = _directory }));

    private YouTubeQuotaLedger Ledger(PanelDatabase database) => new(_time, new YouTubeQuotaRepository(database, _logger));

    [Fact]
    public void Restart_SameDay_GoesOnFromTheStoredCount()
    {
        using (var database = OpenDatabase())
        {
            var ledger = Ledger(database);
            Assert.True(ledger.TrySpend(30, 100));
            Assert.True(ledger.TrySpend(5, 100));
        }

        _time.Advance(TimeSpan.FromHours(2));
        using var restarted = OpenDatabase();
        var again = Ledger(restarted);

        Assert.Equal(35, again.SpentToday);
        Assert.False(again.TrySpend(70, 100));
        Assert.True(again.TrySpend(65, 100));
    }

    [Fact]
    public void Restart_AfterMidnightPacific_StartsFromZero()
    {
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 25, 7, 59, 0, TimeSpan.Zero));
        using (var database = OpenDatabase())
            Assert.True(Ledger(database).TrySpend(90, 100));

        _time.Advance(TimeSpan.FromMinutes(2));
        using var restarted = OpenDatabase();

        Assert.Equal(0, Ledger(restarted).SpentToday);
        Assert.Empty(_logger.Entries);
    }

    [Fact]
    public void StoredCountUnreadable_CountsFromZeroWithAWarning_AndTheNextSpendReplacesIt()
    {
        using (var database = OpenDatabase())
        {
            database.Database.GetCollection(YouTubeQuotaRepository.Collection)
                .Insert(new BsonDocument { ["_id"] = "today", ["Day"] = 42, ["Spent"] = "lots" });
        }

        using (var database = OpenDatabase())
        {
            var ledger = Ledger(database);
            Assert.Equal(0, ledger.SpentToday);
            var (level, message) = Assert.Single(_logger.Entries);
            Assert.Equal(LogLevel.Warning, level);
            Assert.Contains("counting today's quota from zero", message);
            Assert.True(ledger.TrySpend(5, 100));
        }

        using var restarted = OpenDatabase();
        Assert.Equal(5, Ledger(restarted).SpentToday);
        Assert.Single(_logger.Entries);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
