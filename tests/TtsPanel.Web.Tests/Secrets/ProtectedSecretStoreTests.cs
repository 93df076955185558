using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TtsPanel.App.Storage;
using TtsPanel.Web.Secrets;

namespace TtsPanel.Web.Tests.Secrets;

public sealed class ProtectedSecretStoreTests : IDisposable
{
    private const string Name = "twitch-oauth";
    private const string Secret = "oauth:abcdefghijklmnopqrstuvwxyz0123";
    private readonly string _directory = Directory.CreateTempSubdirectory("ttspanel-secrets-").FullName;

    [Fact]
    public void Get_AfterReopeningWithTheSameKeyRing_ReturnsTheSecret()
    {
        using (var database = Open())
            Store(database).Set(Name, Secret);

        using var reopened = Open();

        Assert.Equal(Secret, Store(reopened).Get(Name));
    }

    [Fact]
    public void Set_DatabaseFile_HoldsNoSecret()
    {
        using (var database = Open())
            Store(database).Set(Name, Secret);

        var bytes = File.ReadAllBytes(Path.Combine(_directory, "ttspanel.db"));

        Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Secret)));
        Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(Secret)));
    }

    [Fact]
    public void Masked_LongSecret_ShowsBulletsAndTheLastFourOnly()
    {
        using var database = Open();
        var store = Store(database);
        store.Set(Name, Secret);

        Assert.Equal("••••0123", store.Masked(Name));
    }

    [Fact]
    public void Set_TheMaskedValueSentBack_KeepsTheSecret()
    {
        using var database = Open();
        var store = Store(database);
        store.Set(Name, Secret);

        var stored = store.Set(Name, store.Masked(Name)!);

        Assert.False(stored);
        Assert.Equal(Secret, store.Get(Name));
    }

    [Fact]
    public void Get_KeyRingReplaced_ReturnsNullInsteadOfThrowing()
    {
        using (var database = Open())
            Store(database).Set(Name, Secret);
        Directory.Delete(Path.Combine(_directory, "keys"), recursive: true);

        using var reopened = Open();

        Assert.Null(Store(reopened).Get(Name));
    }

    [Fact]
    public void Remove_StoredSecret_IsGone()
    {
        using var database = Open();
        var store = Store(database);
        store.Set(Name, Secret);

        Assert.True(store.Remove(Name));
        Assert.Null(store.Get(Name));
        Assert.Null(store.Masked(Name));
        Assert.False(store.Remove(Name));
    }

    private PanelDatabase Open() => new(Options.Create(new StorageOptions { DataDirectory = _directory }));

    private ProtectedSecretStore Store(PanelDatabase database) =>
        new(database, DataProtectionProvider.Create(new DirectoryInfo(Path.Combine(_directory, "keys"))),
            NullLogger<ProtectedSecretStore>.Instance);

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
