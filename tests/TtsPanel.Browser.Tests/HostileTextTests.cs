using Microsoft.Playwright;
using TtsPanel.Testing;

namespace TtsPanel.Browser.Tests;

/// <summary>Markup in a message, as a troll would type it in chat, reaches the dashboard and the overlay caption as text.</summary>
public class HostileTextTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    // Each piece would set window.pwned if a page ever parsed it as markup.
    private const string Hostile = "<img src=x onerror=\"window.pwned=1\"> <script>window.pwned=2</script> <b>bold</b>";

    [Fact]
    public async Task MarkupInAMessage_IsShownLiterally_OnTheDashboardAndTheOverlayCaption()
    {
        await using var panel = await PanelProcess.StartAsync();
        await using var session = await browser.OpenSessionAsync(panel);
        var dashboard = await session.OpenDashboardAsync();
        var overlay = await session.OpenOverlayAsync("?caption=1");

        await dashboard.Locator("textarea").FillAsync(Hostile);
        await dashboard.Locator("textarea").PressAsync("Control+Enter");

        await PanelSession.WaitAsync(overlay, "() => window.ttsOverlay.state.playing !== null");
        var caption = overlay.Locator("#caption");
        Assert.Equal(Hostile, await caption.TextContentAsync());
        Assert.Equal(0, await caption.EvaluateAsync<int>("c => c.children.length"));
        var row = dashboard.Locator("[data-testid=queue-item]", new PageLocatorOptions { HasText = "window.pwned=2" });
        await row.WaitForAsync();
        Assert.Contains(Hostile, await row.TextContentAsync());
        Assert.Equal(0, await row.Locator("img, script, b").CountAsync());
        foreach (var page in new[] { dashboard, overlay })
            Assert.True(await page.EvaluateAsync<bool>("() => window.pwned === undefined"));
    }
}
