using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TtsPanel.App.Moderation;
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
    [InlineData("Lane", "Urgent", "field 'Lane' is 'Urgent', not one of Ordinary, Moderator, ChannelPoints, Bits")]
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
    public void LoadUnfinished_DocumentFromBeforeChat_LoadsAsAnOrdinaryMessageOfThePanel()
    {
        using var database = Open();
        database.Database.GetCollection(QueueStore.LiveCollection).Insert(Stored("old", 1));

        var item = Assert.Single(new QueueStore(database, _logger).LoadUnfinished());

        Assert.Equal((null, SpeechLane.Ordinary, null, null), (item.Origin, item.Lane, item.HoldUntil, item.IdempotencyKey));
        Assert.Empty(_logger.Entries);
    }

    [Fact]
    public void Save_ItemWithOriginLaneHoldAndKey_LoadsBackEqual()
    {
        using var database = Open();
        var store = new QueueStore(database, _logger);
        var item = new QueueItem(Guid.NewGuid(), 4, "hello", "v:a", QueueItemState.AwaitingApproval,
            new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero),
            Origin: new QueueItemOrigin("twitch", "#chan", "msg-1", "1234", "viewer", "Viewer"),
            Lane: SpeechLane.Bits, HoldUntil: new DateTimeOffset(2026, 11, 24, 12, 0, 5, TimeSpan.Zero), IdempotencyKey: "key-1");

        store.Save(item);

        Assert.Equal(item, Assert.Single(store.LoadUnfinished()));
    }

    [Fact]
    public void LoadUnfinished_OriginWithoutALogin_IsSkippedNamingTheField()
    {
        using var database = Open();
        var bad = Stored("bad", 1);
        bad["Origin"] = new BsonDocument { ["Source"] = "twitch", ["Channel"] = "#chan", ["DisplayName"] = "Viewer" };
        database.Database.GetCollection(QueueStore.LiveCollection).Insert(bad);

        Assert.Empty(new QueueStore(database, _logger).LoadUnfinished());

        Assert.EndsWith("field 'UserLogin' is missing, expected Origin's user login", Assert.Single(_logger.Entries).Message);
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
