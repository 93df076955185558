using System.Text;
using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TtsPanel.App.Storage;

/// <summary>
/// The process's one LiteDB database. Opened at start so a locked or corrupt file stops the panel with a message
/// naming the file, instead of being replaced silently; checkpointed when the process shuts down. A lock file beside
/// it (<c>ttspanel.db.lock</c>) keeps a second program (the bench CLI while the panel runs) out: on Linux LiteDB's
/// own file sharing does not, and two writers would corrupt the file.
/// </summary>
/// <remarks>
/// While the database is open the lock file holds a line naming the process; a clean close empties it. A line found
/// at open means the last process was killed, or LiteDB closed itself after a critical error: the file is then
/// rewritten into a fresh one (<see cref="DatabaseRepair"/>) before it is used, because LiteDB 5.0.20 can come back
/// from either with free-space lists that break the next insert.
/// </remarks>
public sealed class PanelDatabase : IDisposable
{
    /// <summary>The text LiteDB writes at byte 32 of its first page.</summary>
    private const string LiteDbSignature = "** This is a LiteDB file **";
    private const int SignatureOffset = 32;

    private readonly FileStream _lock;
    private bool _disposed;

    public PanelDatabase(IOptions<StorageOptions> options, ILogger<PanelDatabase>? logger = null)
    {
        FilePath = options.Value.DatabasePath;
        _lock = Lock(FilePath);
        try
        {
            // LiteDB overwrites a file shorter than its first page as if it were new: refuse one that is not a database.
            if (File.Exists(FilePath) && new FileInfo(FilePath).Length > 0 && !HasLiteDbSignature(FilePath))
                throw new StorageException($"Cannot open the database '{FilePath}': it is not a LiteDB file. It was left untouched; move it away to start a new database.");
            if (_lock.Length > 0 && File.Exists(FilePath))
                RepairedAtOpen = Repair(logger);
            MarkOpen();
            Database = new LiteDatabase(new ConnectionString { Filename = FilePath, Connection = ConnectionType.Direct }, CreateMapper());
        }
        catch (Exception e) when (e is LiteException or IOException or UnauthorizedAccessException or StorageException)
        {
            _lock.Dispose();
            throw e as StorageException ?? new StorageException($"Cannot open the database '{FilePath}': {e.Message}", e);
        }
    }

    /// <summary>
    /// Takes the lock file, exclusively. The operating system drops the lock when the process ends, however it ends, so
    /// a file left behind locks nothing; only the line in it is read, at the next open.
    /// </summary>
    private static FileStream Lock(string path)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            return new FileStream(path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw new StorageException($"Cannot open the database '{path}': another program (a running panel or bench run) is using it.", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new StorageException($"Cannot open the database '{path}': {e.Message}", e);
        }
    }

    /// <summary>Set when the last process left the database open and this one rewrote it at open.</summary>
    public DatabaseRepairReport? RepairedAtOpen { get; }

    /// <summary>
    /// Rewrites the file left open by the last process. A rewrite that fails leaves the file as it was, and the panel
    /// goes on with it: most files a killed process leaves are sound.
    /// </summary>
    private DatabaseRepairReport? Repair(ILogger? logger)
    {
        var lastOwner = ReadLock().Trim();
        try
        {
            var report = DatabaseRepair.RewriteIntoFreshFile(FilePath);
            logger?.LogWarning("The database {Path} was not closed cleanly ({LastOwner}); rewrote it into a fresh file: {Collections} collections, {Documents} documents in {Seconds:0.0} s. The file before the repair is kept as {Backup}",
                FilePath, lastOwner, report.Collections, report.Documents, report.Took.TotalSeconds, report.BackupPath);
            return report;
        }
        catch (Exception e) when (e is LiteException or IOException or UnauthorizedAccessException or StorageException)
        {
            logger?.LogError(e, "The database {Path} was not closed cleanly ({LastOwner}) and could not be rewritten; opening it as it is", FilePath, lastOwner);
            return null;
        }
    }

    private string ReadLock()
    {
        _lock.Position = 0;
        using var reader = new StreamReader(_lock, Encoding.UTF8, leaveOpen: true);
        return reader.ReadToEnd();
    }

    private void MarkOpen()
    {
        _lock.SetLength(0);
        _lock.Write(Encoding.UTF8.GetBytes($"opened by process {Environment.ProcessId} at {DateTime.UtcNow:O}\n"));
        _lock.Flush(flushToDisk: true);
    }

    /// <summary>Full path of the database file.</summary>
    public string FilePath { get; }

    public LiteDatabase Database { get; }

    private static bool HasLiteDbSignature(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var buffer = new byte[SignatureOffset + LiteDbSignature.Length];
        return file.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false) == buffer.Length
            && System.Text.Encoding.ASCII.GetString(buffer, SignatureOffset, LiteDbSignature.Length) == LiteDbSignature;
    }

    /// <summary>LiteDB returns stored times as local time; the panel works in UTC throughout.</summary>
    private static BsonMapper CreateMapper()
    {
        var mapper = new BsonMapper();
        mapper.RegisterType(time => new BsonValue(time.ToUniversalTime()), bson => bson.AsDateTime.ToUniversalTime());
        return mapper;
    }

    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        try
        {
            Database.Checkpoint();
            var stillWorking = EngineStillWorks();
            Database.Dispose();
            if (stillWorking)
                _lock.SetLength(0);
        }
        finally
        {
            _lock.Dispose();
        }
    }

    /// <summary>
    /// False when LiteDB closed its engine after a critical error: every call then throws that error again. The lock
    /// keeps its line, and the next open rewrites the file.
    /// </summary>
    private bool EngineStillWorks()
    {
        try
        {
            _ = Database.GetCollectionNames().ToList();
            return true;
        }
        catch (LiteException)
        {
            return false;
        }
    }
}
