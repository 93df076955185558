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
    public void Open_MissingFolder_CreatesIt()
    {
        var options = new StorageOptions { DataDirectory = Path.Combine(_directory, "nested", "data") };

        using var database = new PanelDatabase(Options.Create(options));

        Assert.True(File.Exists(options.DatabasePath));
    }
}
