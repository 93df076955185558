using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TtsPanel.App.Storage;
using TtsPanel.App.Tests.Fakes;

namespace TtsPanel.App.Tests.Storage;

/// <summary>
/// The rewrite at open after a process left the database open. The damage LiteDB 5.0.20 can come back with is made
/// here byte for byte: a data page whose stored free-list slot disagrees with the list it sits in, which fails the
/// next insert with "stored slot must be same as called", the error a killed panel was seen to leave.
/// </summary>
public sealed class DatabaseRepairTests : IDisposable
{
    private const int PageSize = 8192;
    private const int PageTypeOffset = 4;
    private const int PageListSlotOffset = 13;
    private const byte DataPageType = 4;

    private readonly string _directory = Directory.CreateTempSubdirectory("ttspanel-repair-").FullName;
    private readonly StorageOptions _options;

    public DatabaseRepairTests() => _options = new StorageOptions { DataDirectory = _directory };

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Open_AfterACleanClose_LeavesTheFileAsItIs()
    {
        Seed(documents: 10);
        var before = File.ReadAllBytes(_options.DatabasePath);

        using var database = Open();

        Assert.Null(database.RepairedAtOpen);
        Assert.Equal(before, File.ReadAllBytes(_options.DatabasePath));
        Assert.False(File.Exists(BackupPath));
    }

    [Fact]
    public void Open_AfterTheProcessWasKilled_RewritesTheFileKeepingEveryDocumentAndIndex()
    {
        Seed(documents: 5_000);
        LeaveOpenMark();
        var logger = new ListLogger<PanelDatabase>();

        using var database = Open(logger);

        var report = Assert.IsType<DatabaseRepairReport>(database.RepairedAtOpen);
        Assert.Equal((2, 5_001L), (report.Collections, report.Documents));
        Assert.True(File.Exists(BackupPath));
        var things = database.Database.GetCollection("things");
        Assert.Equal(5_000, things.Count());
        Assert.Equal("text 4321", things.FindOne(Query.EQ("A", 4321))["B"].AsString);
        Assert.Equal(["A", "B", "_id"], database.Database.GetCollection("$indexes").Find(Query.EQ("collection", "things"))
            .Select(i => i["name"].AsString).Order(StringComparer.Ordinal));
        Assert.True(database.Database.GetCollection("$indexes").FindOne(Query.EQ("name", "B"))["unique"].AsBoolean);
        var (level, message) = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, level);
        Assert.Contains("was not closed cleanly (opened by process ", message);
        Assert.Contains("2 collections, 5001 documents", message);
    }

    [Fact]
    public void DamagedFreeList_BreaksInserts_UntilAnOpenAfterAKillRewritesIt()
    {
        Seed(documents: 3);
        DamageFreeList();

        // The damage alone: reads work, the next insert fails and LiteDB closes its engine.
        using (var damaged = Open())
        {
            Assert.Equal(3, damaged.Database.GetCollection("things").Count());
            var error = Assert.Throws<LiteException>(() => InsertOne(damaged));
            Assert.Equal("stored slot must be same as called", error.Message);
        }

        // The close after that error keeps the open mark, so the next open rewrites the file.
        using var repaired = Open();

        Assert.NotNull(repaired.RepairedAtOpen);
        InsertOne(repaired);
        Assert.Equal(4, repaired.Database.GetCollection("things").Count());
    }

    [Fact]
    public void Open_WhenTheRewriteFails_LogsItAndOpensTheFileAsItIs()
    {
        Seed(documents: 10);
        LeaveOpenMark();
        // A folder where the copy must go: the rewrite cannot start.
        Directory.CreateDirectory(Path.Combine(_directory, "ttspanel-repair.db"));
        var logger = new ListLogger<PanelDatabase>();

        using var database = Open(logger);

        Assert.Null(database.RepairedAtOpen);
        Assert.Equal(10, database.Database.GetCollection("things").Count());
        var (level, message) = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Error, level);
        Assert.Contains("could not be rewritten; opening it as it is", message);
    }

    [Fact]
    public void Open_AfterARepairedOpenClosedCleanly_DoesNotRewriteAgain()
    {
        Seed(documents: 10);
        LeaveOpenMark();
        Open().Dispose();

        using var database = Open();

        Assert.Null(database.RepairedAtOpen);
    }

    private string BackupPath => Path.Combine(_directory, "ttspanel-before-repair.db");

    private PanelDatabase Open(ILogger<PanelDatabase>? logger = null) => new(Options.Create(_options), logger);

    /// <summary>A collection with a unique and a plain secondary index, and one more collection; closed cleanly.</summary>
    private void Seed(int documents)
    {
        using var database = Open();
        var things = database.Database.GetCollection("things");
        things.EnsureIndex("A", "$.A");
        things.EnsureIndex("B", "$.B", unique: true);
        things.InsertBulk(Enumerable.Range(0, documents).Select(i => new BsonDocument { ["A"] = i, ["B"] = $"text {i}", ["C"] = new string('x', 200) }));
        database.Database.GetCollection("other").Insert(new BsonDocument { ["note"] = "kept" });
    }

    /// <summary>What a killed process leaves in the lock file: the line it wrote at open.</summary>
    private void LeaveOpenMark() => File.WriteAllText(_options.DatabasePath + ".lock", "opened by process 4242 at 2026-11-25T09:00:00Z\n");

    /// <summary>Moves every data page to a free-list slot other than the one its collection files it under.</summary>
    private void DamageFreeList()
    {
        var bytes = File.ReadAllBytes(_options.DatabasePath);
        var damaged = 0;
        for (var page = 0; page < bytes.Length / PageSize; page++)
        {
            if (bytes[page * PageSize + PageTypeOffset] != DataPageType)
                continue;
            bytes[page * PageSize + PageListSlotOffset] = (byte)((bytes[page * PageSize + PageListSlotOffset] + 3) % 5);
            damaged++;
        }

        Assert.True(damaged > 0, "The file has no data page to damage.");
        File.WriteAllBytes(_options.DatabasePath, bytes);
    }

    private static void InsertOne(PanelDatabase database) =>
        database.Database.GetCollection("things").Insert(new BsonDocument { ["A"] = -1, ["B"] = "new", ["C"] = "y" });
}
