using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TtsPanel.App.Storage;
using TtsPanel.Web.Access;
using TtsPanel.Web.Hosting;

namespace TtsPanel.Web.Tests.Access;

public sealed class AccessSetupHostTests : IDisposable
{
    private const string Password = "admin-password-1";
    private readonly string _directory = Directory.CreateTempSubdirectory("ttspanel-setup-").FullName;
    private readonly PanelDatabase _database;
    private readonly AccessStore _store;

    public AccessSetupHostTests()
    {
        _database = new PanelDatabase(Options.Create(new StorageOptions { DataDirectory = _directory }));
        _store = new AccessStore(_database);
    }

    [Fact]
    public async Task StartAsync_SamePasswordAtEachStart_KeepsTheStampSoSessionsSurvive()
    {
        await Host(Password, "127.0.0.1").StartAsync(CancellationToken.None);
        var stamp = _store.Stamp(PanelRole.Admin);

        await Host(Password, "127.0.0.1").StartAsync(CancellationToken.None);

        Assert.Equal(stamp, _store.Stamp(PanelRole.Admin));
        Assert.Equal(PanelRole.Admin, _store.Verify(Password));
    }

    [Fact]
    public async Task StartAsync_NonLoopbackWithAStoredPassword_Starts()
    {
        _store.SetPassword(PanelRole.Admin, Password);

        await Host(null, "0.0.0.0").StartAsync(CancellationToken.None);

        Assert.False(_store.IsOpen);
    }

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("::")]
    [InlineData("192.168.1.20")]
    public async Task StartAsync_NonLoopbackWithoutPassword_Throws(string bind)
    {
        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => Host(null, bind).StartAsync(CancellationToken.None));

        Assert.StartsWith($"Server:BindAddress is {bind}, which other machines can reach, and no admin password is set", Assert.Single(refused.Failures));
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    public async Task StartAsync_LoopbackWithoutPassword_StartsOpen(string bind)
    {
        await Host(null, bind).StartAsync(CancellationToken.None);

        Assert.True(_store.IsOpen);
    }

    private AccessSetupHost Host(string? adminPassword, string bind) =>
        new(_store, Options.Create(new AccessOptions { AdminPassword = adminPassword }), Options.Create(new ServerOptions { BindAddress = bind }),
            NullLogger<AccessSetupHost>.Instance);

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
