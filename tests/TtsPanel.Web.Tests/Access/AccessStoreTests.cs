using System.Text;
using Microsoft.Extensions.Options;
using TtsPanel.App.Storage;
using TtsPanel.Web.Access;

namespace TtsPanel.Web.Tests.Access;

public sealed class AccessStoreTests : IDisposable
{
    private const string AdminPassword = "admin-password-1";
    private const string ModeratorPassword = "moderator-password-1";
    private readonly string _directory = Directory.CreateTempSubdirectory("ttspanel-access-").FullName;

    [Fact]
    public void IsOpen_FreshDatabase_IsTrueWithAnOverlayKey()
    {
        using var database = Open();
        var store = new AccessStore(database);

        Assert.True(store.IsOpen);
        Assert.Equal(43, store.OverlayKey.Length); // 32 random bytes in base64url
    }

    [Fact]
    public void Verify_AfterReopening_ReturnsTheRoleOfEachPassword()
    {
        using (var database = Open())
        {
            var store = new AccessStore(database);
            store.SetPassword(PanelRole.Admin, AdminPassword);
            store.SetPassword(PanelRole.Moderator, ModeratorPassword);
        }

        using var reopened = Open();
        var again = new AccessStore(reopened);

        Assert.False(again.IsOpen);
        Assert.Equal(PanelRole.Admin, again.Verify(AdminPassword));
        Assert.Equal(PanelRole.Moderator, again.Verify(ModeratorPassword));
        Assert.Null(again.Verify("not-a-password"));
    }

    [Fact]
    public void SetPassword_DatabaseFile_HoldsNoPassword()
    {
        using (var database = Open())
            new AccessStore(database).SetPassword(PanelRole.Admin, AdminPassword);

        var bytes = File.ReadAllBytes(Path.Combine(_directory, "ttspanel.db"));

        Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(AdminPassword)));
        Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(AdminPassword)));
    }

    [Fact]
    public void SetPassword_Again_ChangesTheStampAndRefusesTheOldPassword()
    {
        using var database = Open();
        var store = new AccessStore(database);
        store.SetPassword(PanelRole.Admin, AdminPassword);
        var stamp = store.Stamp(PanelRole.Admin);

        store.SetPassword(PanelRole.Admin, "another-password");

        Assert.NotEqual(stamp, store.Stamp(PanelRole.Admin));
        Assert.Null(store.Verify(AdminPassword));
    }

    [Fact]
    public void RemoveModeratorPassword_ModeratorPassword_NoLongerSignsIn()
    {
        using var database = Open();
        var store = new AccessStore(database);
        store.SetPassword(PanelRole.Admin, AdminPassword);
        store.SetPassword(PanelRole.Moderator, ModeratorPassword);

        store.RemoveModeratorPassword();

        Assert.Null(store.Verify(ModeratorPassword));
        Assert.False(store.HasModeratorPassword);
    }

    [Fact]
    public void OverlayKey_KeptAcrossRestartsUntilRegenerated()
    {
        string key;
        using (var database = Open())
            key = new AccessStore(database).OverlayKey;

        using var reopened = Open();
        var store = new AccessStore(reopened);
        Assert.Equal(key, store.OverlayKey);
        Assert.True(store.IsOverlayKey(key));

        store.RegenerateOverlayKey();

        Assert.NotEqual(key, store.OverlayKey);
        Assert.False(store.IsOverlayKey(key));
        Assert.False(store.IsOverlayKey(null));
    }

    private PanelDatabase Open() => new(Options.Create(new StorageOptions { DataDirectory = _directory }));

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
