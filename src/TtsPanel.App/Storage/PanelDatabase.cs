using LiteDB;
using Microsoft.Extensions.Options;

namespace TtsPanel.App.Storage;

/// <summary>
/// The process's one LiteDB database. Opened at start so a locked or corrupt file stops the panel with a message
/// naming the file, instead of being replaced silently; checkpointed when the process shuts down. A lock file beside
/// it (<c>ttspanel.db.lock</c>) keeps a second program (the bench CLI while the panel runs) out: on Linux LiteDB's
/// own file sharing does not, and two writers would corrupt the file.
/// </summary>
public sealed class PanelDatabase : IDisposable
{
    /// <summary>The text LiteDB writes at byte 32 of its first page.</summary>
    private const string LiteDbSignature = "** This is a LiteDB file **";
    private const int SignatureOffset = 32;

    private readonly FileStream _lock;

    public PanelDatabase(IOptions<StorageOptions> options)
    {
        FilePath = options.Value.DatabasePath;
        _lock = Lock(FilePath);
        try
        {
            // LiteDB overwrites a file shorter than its first page as if it were new: refuse one that is not a database.
            if (File.Exists(FilePath) && new FileInfo(FilePath).Length > 0 && !HasLiteDbSignature(FilePath))
                throw new StorageException($"Cannot open the database '{FilePath}': it is not a LiteDB file. It was left untouched; move it away to start a new database.");
            Database = new LiteDatabase(new ConnectionString { Filename = FilePath, Connection = ConnectionType.Direct }, CreateMapper());
        }
        catch (Exception e) when (e is LiteException or IOException or UnauthorizedAccessException or StorageException)
        {
            _lock.Dispose();
            throw e as StorageException ?? new StorageException($"Cannot open the database '{FilePath}': {e.Message}", e);
        }
    }

    /// <summary>Takes the lock file, exclusively: the operating system drops it when the process ends, so a stale file is harmless.</summary>
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
        Database.Checkpoint();
        Database.Dispose();
        _lock.Dispose();
    }
}
