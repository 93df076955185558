using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TtsPanel.App.Queue;
using TtsPanel.App.Storage;
using TtsPanel.App.Tests.Fakes;

namespace TtsPanel.App.Tests.Queue;

public sealed class QueueStoreTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ttspanel-store-").FullName;
    private readonly ListLogger<QueueStore> _logger = new();

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private PanelDatabase Open() => new(Options.Create(new StorageOptions { DataDirectory = _directory }));

    private static BsonDocument Stored(string text, long sequence) => new()
    {
        ["_id"] = Guid.NewGuid(),
        ["Sequence"] = sequence,
        ["Text"] = text,
        ["VoiceId"] = "v:a",
        ["State"] = "Pending",
        ["EnqueuedAt"] = new DateTime(2026, 11, 24, 12, 0, 0, DateTimeKind.Utc),
    };

    [Fact]
    public void LoadUnfinished_DocumentsOutOfOrder_ComeBackInSequenceOrder()
    {
        using var database = Open();
        database.Database.GetCollection(QueueStore.LiveCollection).Insert([Stored("second", 7), Stored("first", 3)]);

        var items = new QueueStore(database, _logger).LoadUnfinished();

        Assert.Equal(["first", "second"], items.Select(i => i.Text));
        Assert.Equal(0, items[0].Attempts);
    }

    [Theory]
    [InlineData("State", "Exploded", "field 'State' is 'Exploded', not one of Pending, Synthesizing, Ready, Playing, Done, Failed, Skipped, Removed, AwaitingApproval, Rejected")]
    [InlineData("Text", "", "field 'Text' is \"\", expected non-empty text")]
    [InlineData("Sequence", "seven", "field 'Sequence' is \"seven\", expected a number")]
    public void LoadUnfinished_UnreadableDocument_IsLoggedSkippedAndLeftInPlace(string field, string value, string reason)
    {
        using var database = Open();
        var collection = database.Database.GetCollection(QueueStore.LiveCollection);
        var bad = Stored("bad", 1);
        bad[field] = value;
        collection.Insert([bad, Stored("good", 2)]);

        var items = new QueueStore(database, _logger).LoadUnfinished();

        Assert.Equal(["good"], items.Select(i => i.Text));
        var entry = Assert.Single(_logger.Entries);
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.Equal($"Queue document {bad["_id"]} in the 'queue' collection of {database.FilePath} is skipped and left in place: {reason}",
            entry.Message);
        Assert.Equal(2, collection.Count());
    }

    [Fact]
    public void LoadUnfinished_DocumentWithoutAnId_IsNamedAsSuch()
    {
        using var database = Open();
        var bad = Stored("bad", 1);
        bad["_id"] = 42;
        database.Database.GetCollection(QueueStore.LiveCollection).Insert(bad);

        Assert.Empty(new QueueStore(database, _logger).LoadUnfinished());

        Assert.EndsWith("is skipped and left in place: field '_id' is 42, expected a GUID", Assert.Single(_logger.Entries).Message);
    }

    [Fact]
    public void LastFinishedSequence_NothingFinished_IsMinusOne()
    {
        using var database = Open();

        Assert.Equal(-1, new QueueStore(database, _logger).LastFinishedSequence());
    }
}
