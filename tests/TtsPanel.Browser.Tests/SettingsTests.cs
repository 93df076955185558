using Microsoft.Playwright;
using TtsPanel.App.Tests.Fakes;
using TtsPanel.Testing;

namespace TtsPanel.Browser.Tests;

/// <summary>The Settings page in a real browser: a moderation rule saved live, a Twitch connection tested against the scripted server.</summary>
public class SettingsTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task SaveAndTest_ShowTheirOutcome()
    {
        using var server = new ScriptedIrcServer();
        // Plain text on loopback: the scripted server speaks no TLS. Everything else is entered on the page.
        await using var panel = await PanelProcess.StartAsync(new Dictionary<string, string> { ["Chat:Twitch:UseTls"] = "false" });
        await using var session = await browser.OpenSessionAsync(panel);
        var page = await session.OpenAsync("/settings");
        await page.Locator("[data-testid=interactive]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

        await page.Locator("input[data-testid='Moderation:MaxWords']").FillAsync("40");
        await page.Locator("[data-testid=save-moderation]").ClickAsync();
        await page.Locator("[data-testid=saved-moderation]").WaitForAsync();
        Assert.Equal("Saved and applied.", (await page.Locator("[data-testid=saved-moderation]").InnerTextAsync()).Trim());

        await page.Locator("input[data-testid='Chat:Twitch:Host']").FillAsync("127.0.0.1");
        await page.Locator("input[data-testid='Chat:Twitch:Port']").FillAsync($"{server.Port}");
        await page.Locator("textarea[data-testid='Chat:Twitch:Channels']").FillAsync("streamer");
        await page.Locator("[data-testid=test-twitch]").ClickAsync();
        using var chat = await server.AcceptLoggedInAsync("#streamer");
        var result = page.Locator("[data-testid=test-result-twitch]");
        await result.WaitForAsync();
        Assert.Matches(@"^Logged in as justinfan\d+ and joined #streamer\.$", (await result.InnerTextAsync()).Trim());

        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.DocsDirectory, "settings.png") });
    }
}
