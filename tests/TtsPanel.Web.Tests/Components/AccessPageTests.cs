using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor.Services;
using TtsPanel.App.Storage;
using TtsPanel.Web.Access;
using AccessPage = TtsPanel.Web.Components.Pages.Access;

namespace TtsPanel.Web.Tests.Components;

/// <summary>The Access page on the real MudBlazor services and a real <see cref="AccessStore"/> in a temp database.</summary>
public sealed class AccessPageTests : IAsyncLifetime
{
    private const string Password = "admin-password-1";
    private readonly string _directory = Directory.CreateTempSubdirectory("ttspanel-access-page-").FullName;
    private readonly PanelDatabase _database;
    private readonly BunitContext _context = new();
    private readonly AccessStore _store;

    public AccessPageTests()
    {
        _database = new PanelDatabase(Options.Create(new StorageOptions { DataDirectory = _directory }));
        _store = new AccessStore(_database);
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.Services.AddMudServices(options => options.PopoverOptions.CheckForPopoverProvider = false);
        _context.Services.AddSingleton(_store);
        _context.AddAuthorization().SetPolicies(AccessPolicies.Admin);
    }

    [Theory]
    [InlineData("short", "short", "The password must be at least 8 characters long (was 5).")]
    [InlineData(Password, "admin-password-2", "The two passwords differ.")]
    public void SetAdmin_BadNewPassword_SaysWhyAndKeepsThePanelOpen(string password, string again, string message)
    {
        var page = _context.Render<AccessPage>();

        Fill(page, "new-admin", password);
        Fill(page, "confirm-admin", again);
        page.Find("[data-testid=set-admin]").Click();

        Assert.Contains(message, page.Markup);
        Assert.True(_store.IsOpen);
    }

    [Fact]
    public void SetAdmin_OpenPanel_StoresThePasswordAndGoesToLogin()
    {
        var page = _context.Render<AccessPage>();

        Fill(page, "new-admin", Password);
        Fill(page, "confirm-admin", Password);
        page.Find("[data-testid=set-admin]").Click();

        Assert.Equal(PanelRole.Admin, _store.Verify(Password));
        Assert.EndsWith("/login", _context.Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public void SetAdmin_WrongCurrentPassword_IsRefused()
    {
        _store.SetPassword(PanelRole.Admin, Password);
        var page = _context.Render<AccessPage>();

        Fill(page, "current-admin", "not-the-password");
        Fill(page, "new-admin", "admin-password-2");
        Fill(page, "confirm-admin", "admin-password-2");
        page.Find("[data-testid=set-admin]").Click();

        Assert.Contains("This is not the current admin password.", page.Markup);
        Assert.Equal(PanelRole.Admin, _store.Verify(Password));
    }

    [Fact]
    public void SetModerator_SameAsTheAdminPassword_IsRefused()
    {
        _store.SetPassword(PanelRole.Admin, Password);
        var page = _context.Render<AccessPage>();

        Fill(page, "new-moderator", Password);
        page.Find("[data-testid=set-moderator]").Click();

        Assert.Contains("The admin and moderator passwords must differ: the password decides the role.", page.Markup);
        Assert.False(_store.HasModeratorPassword);
    }

    [Fact]
    public void RegenerateKey_Clicked_ShowsTheNewOverlayUrl()
    {
        var page = _context.Render<AccessPage>();
        var before = _store.OverlayKey;

        page.Find("[data-testid=regenerate-key]").Click();

        Assert.NotEqual(before, _store.OverlayKey);
        page.WaitForAssertion(() => Assert.Contains($"/overlay?key={_store.OverlayKey}", page.Markup));
    }

    private static void Fill(IRenderedComponent<AccessPage> page, string testId, string value) =>
        page.Find($"input[data-testid={testId}]").Change(value);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        _database.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
