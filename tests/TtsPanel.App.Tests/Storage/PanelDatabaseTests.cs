using Microsoft.Extensions.Options;
using TtsPanel.App.Storage;

namespace TtsPanel.App.Tests.Storage;

public sealed class PanelDatabaseTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ttspanel-db-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Open_CorruptFile_FailsNamingTheFileAndLeavesItAlone()
    {
        var options = new StorageOptions { DataDirectory = _directory };
        var garbage = Enumerable.Range(0, 16_384).Select(i => (byte)(i * 7)).ToArray();
        File.WriteAllBytes(options.DatabasePath, garbage);

        var error = Assert.Throws<StorageException>(() => new PanelDatabase(Options.Create(options)));

        Assert.StartsWith($"Cannot open the database '{options.DatabasePath}': ", error.Message);
        Assert.Equal(garbage, File.ReadAllBytes(options.DatabasePath));
    }

    [Fact]
    public void Open_ShortFileThatIsNotADatabase_FailsNamingTheFileAndLeavesItAlone()
    {
        // LiteDB itself would take a file shorter than one page for a new database and overwrite it.
        var options = new StorageOptions { DataDirectory = _directory };
        File.WriteAllText(options.DatabasePath, "my notes");

        var error = Assert.Throws<StorageException>(() => new PanelDatabase(Options.Create(options)));

        Assert.Equal($"Cannot open the database '{options.DatabasePath}': it is not a LiteDB file. It was left untouched; move it away to start a new database.",
            error.Message);
        Assert.Equal("my notes", File.ReadAllText(options.DatabasePath));
    }

    [Fact]
    public void Open_WhileAnotherHoldsIt_FailsNamingTheFile()
    {
        var options = new StorageOptions { DataDirectory = _directory };
        using var first = new PanelDatabase(Options.Create(options));

        var error = Assert.Throws<StorageException>(() => new PanelDatabase(Options.Create(options)));

        Assert.Equal($"Cannot open the database '{options.DatabasePath}': another program (a running panel or bench run) is using it.", error.Message);
    }

    [Fact]
    public void Open_AfterTheOtherClosed_Succeeds()
    {
        var options = new StorageOptions { DataDirectory = _directory };
        new PanelDatabase(Options.Create(options)).Dispose();

        using var second = new PanelDatabase(Options.Create(options));

        Assert.True(File.Exists(options.DatabasePath));
    }

    [Fact]
    public void Open_EmptyFile_StartsANewDatabase()
    {
        var options = new StorageOptions { DataDirectory = _directory };
        File.WriteAllBytes(options.DatabasePath, []);

        using var database = new PanelDatabase(Options.Create(options));

        Assert.True(new FileInfo(options.DatabasePath).Length > 0);
    }

    [Fact]
    public void Open_MissingFolder_CreatesIt()
    {
        var options = new StorageOptions { DataDirectory = Path.Combine(_directory, "nested", "data") };

        using var database = new PanelDatabase(Options.Create(options));

        Assert.True(File.Exists(options.DatabasePath));
    }

    [Fact]
    public void Dispose_Twice_IsHarmless_AndLeavesTheDatabaseMarkedClosed()
    {
        var options = new StorageOptions { DataDirectory = _directory };
        var database = new PanelDatabase(Options.Create(options));
        Assert.True(new FileInfo(options.DatabasePath + ".lock").Length > 0);

        database.Dispose();
        database.Dispose();

        Assert.Equal(0, new FileInfo(options.DatabasePath + ".lock").Length);
    }
}
