using Microsoft.Playwright;
using TtsPanel.Testing;

namespace TtsPanel.Browser.Tests;

/// <summary>Logging in through the real login page, and what each role then sees.</summary>
public class LoginTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string AdminPassword = "admin-password-1";
    private const string ModeratorPassword = "moderator-password-1";

    [Fact]
    public async Task Login_WrongThenAdminPassword_ShowsTheDashboardWithAWorkingOverlayUrl()
    {
        await using var panel = await StartWithPasswordsAsync();
        await using var session = await browser.OpenSessionAsync(panel);
        var page = await session.OpenAsync("/");
        Assert.EndsWith("/login?returnUrl=%2F", page.Url);

        await LogInAsync(page, "not-the-password");
        Assert.Equal("Wrong password.", (await page.Locator("[data-testid=login-message]").InnerTextAsync()).Trim());
        await LogInAsync(page, AdminPassword);

        await page.Locator("[data-testid=interactive]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        Assert.Equal(0, await page.Locator("[data-testid=open-panel-banner]").CountAsync());
        var overlayUrl = await page.Locator("input[data-testid=overlay-url]").InputValueAsync();
        Assert.StartsWith(new Uri(panel.BaseAddress, "/overlay?key=").ToString(), overlayUrl);
        var overlay = await session.OpenAsync(overlayUrl);
        await PanelSession.WaitAsync(overlay, "() => window.ttsOverlay?.state.connected === true");
    }

    [Fact]
    public async Task Login_Moderator_SeesTheDashboardButNotTheVoicesPage()
    {
        await using var panel = await StartWithPasswordsAsync();
        await using var session = await browser.OpenSessionAsync(panel);
        var page = await session.OpenAsync("/");

        await LogInAsync(page, ModeratorPassword);
        await page.Locator("[data-testid=interactive]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

        Assert.Equal(0, await page.Locator("[data-testid=overlay-url]").CountAsync());
        Assert.Contains("Log out (Moderator)", await page.Locator("[data-testid=logout]").TextContentAsync());
        // Navigating inside the live circuit: the page's policy is checked there too, not only on a fresh request.
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Voices" }).ClickAsync();
        await page.Locator("[data-testid=not-authorized]").WaitForAsync();
    }

    [Fact]
    public async Task AccessPage_OpenPanel_SettingTheAdminPasswordLeadsToTheLoginPage()
    {
        await using var panel = await PanelProcess.StartAsync();
        await using var session = await browser.OpenSessionAsync(panel);
        var page = await session.OpenDashboardAsync();
        await page.Locator("[data-testid=open-panel-banner]").WaitForAsync();

        var access = await session.OpenAsync("/access");
        await access.Locator("[data-testid=interactive]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await access.Locator("input[data-testid=new-admin]").FillAsync(AdminPassword);
        await access.Locator("input[data-testid=confirm-admin]").FillAsync(AdminPassword);
        await access.Locator("[data-testid=set-admin]").ClickAsync();

        await access.Locator("[data-testid=login-password]").WaitForAsync();
        await LogInAsync(access, AdminPassword);
        await access.Locator("[data-testid=interactive]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
    }

    private static Task<PanelProcess> StartWithPasswordsAsync() => PanelProcess.StartAsync(new Dictionary<string, string>
    {
        ["Access:AdminPassword"] = AdminPassword,
        ["Access:ModeratorPassword"] = ModeratorPassword,
    });

    private static async Task LogInAsync(IPage page, string password)
    {
        await page.Locator("[data-testid=login-password]").FillAsync(password);
        await page.Locator("[data-testid=login-submit]").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }
}
