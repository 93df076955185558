using LiteDB;
using Microsoft.Extensions.Options;

namespace TtsPanel.App.Storage;

/// <summary>
/// The process's one LiteDB database. Opened at start so a locked or corrupt file stops the panel with a message
/// naming the file, instead of being replaced silently; checkpointed when the process shuts down.
/// </summary>
public sealed class PanelDatabase : IDisposable
{
    public PanelDatabase(IOptions<StorageOptions> options)
    {
        FilePath = options.Value.DatabasePath;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            Database = new LiteDatabase(new ConnectionString { Filename = FilePath, Connection = ConnectionType.Direct }, CreateMapper());
        }
        catch (Exception e) when (e is LiteException or IOException or UnauthorizedAccessException)
        {
            throw new StorageException($"Cannot open the database '{FilePath}': {e.Message}", e);
        }
    }

    /// <summary>Full path of the database file.</summary>
    public string FilePath { get; }

    public LiteDatabase Database { get; }

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
    }
}
