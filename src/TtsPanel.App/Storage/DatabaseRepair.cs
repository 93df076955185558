using System.Diagnostics;
using LiteDB;

namespace TtsPanel.App.Storage;

/// <summary>
/// Rewrites a LiteDB file into a fresh one, collection by collection, and puts the copy in its place; the old file is
/// kept beside it as <c>NAME-before-repair.db</c> until the next repair.
/// </summary>
/// <remarks>
/// Why: a LiteDB 5.0.20 file written by a process that was killed can come back with inconsistent free-space lists.
/// Reads still work, but the next insert into the damaged collection fails an internal check ("stored slot must be
/// same as called") and the engine closes itself, taking the synthesis worker and the panel down. A copy written
/// document by document has every list built from scratch. LiteDB's own <c>Rebuild</c> cannot do this job: in 5.0.20
/// it fails with "Detected loop in FindAll" on any collection of a few thousand documents with a secondary index.
/// </remarks>
public static class DatabaseRepair
{
    private const int BatchSize = 1_000;
    private const string PrimaryKeyIndex = "_id";

    public static DatabaseRepairReport RewriteIntoFreshFile(string path)
    {
        var started = Stopwatch.GetTimestamp();
        var copyPath = Sibling(path, "-repair");
        var backupPath = Sibling(path, "-before-repair");
        DeleteWithLog(copyPath);

        long documents;
        int collections;
        try
        {
            using (var source = Open(path))
            using (var copy = Open(copyPath))
                (collections, documents) = CopyCollections(source, copy);

            // Both files are closed and checkpointed: a log left behind would be replayed into the wrong file.
            EnsureNoLog(path);
            EnsureNoLog(copyPath);
        }
        catch
        {
            DeleteWithLog(copyPath);
            throw;
        }

        File.Move(path, backupPath, overwrite: true);
        try
        {
            File.Move(copyPath, path);
        }
        catch
        {
            // The database must never be left missing: put the original back.
            File.Move(backupPath, path);
            throw;
        }

        return new DatabaseRepairReport(collections, documents, backupPath, Stopwatch.GetElapsedTime(started));
    }

    private static (int Collections, long Documents) CopyCollections(LiteDatabase source, LiteDatabase copy)
    {
        var names = source.GetCollectionNames().Order(StringComparer.Ordinal).ToList();
        long documents = 0;
        foreach (var name in names)
        {
            var target = copy.GetCollection(name);
            // Indexes first, while the collection is empty: they then grow with each insert.
            foreach (var index in source.GetCollection("$indexes").Find(Query.EQ("collection", name)))
            {
                if (index["name"].AsString != PrimaryKeyIndex)
                    target.EnsureIndex(index["name"].AsString, BsonExpression.Create(index["expression"].AsString), index["unique"].AsBoolean);
            }

            long copied = 0;
            foreach (var batch in source.GetCollection(name).FindAll().Chunk(BatchSize))
                copied += target.InsertBulk(batch, BatchSize);
            copy.Checkpoint();

            var (expected, inCopy) = (source.GetCollection(name).LongCount(), target.LongCount());
            if (copied != expected || inCopy != expected)
                throw new StorageException($"Collection '{name}' came out with {inCopy} of its {expected} documents.");
            documents += copied;
        }

        return (names.Count, documents);
    }

    private static LiteDatabase Open(string path) => new(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });

    /// <summary>"data/ttspanel.db" with "-repair" is "data/ttspanel-repair.db", the naming LiteDB uses for its log file.</summary>
    private static string Sibling(string path, string suffix) =>
        Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + suffix + Path.GetExtension(path));

    private static void EnsureNoLog(string path)
    {
        var log = Sibling(path, "-log");
        if (!File.Exists(log))
            return;
        if (new FileInfo(log).Length > 0)
            throw new StorageException($"LiteDB left its log '{log}' unapplied after closing '{path}'.");
        File.Delete(log);
    }

    private static void DeleteWithLog(string path)
    {
        File.Delete(path);
        File.Delete(Sibling(path, "-log"));
    }
}

/// <summary>What a repair copied, where the old file went and how long it took.</summary>
public sealed record DatabaseRepairReport(int Collections, long Documents, string BackupPath, TimeSpan Took);
