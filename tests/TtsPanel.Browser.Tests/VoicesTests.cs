using Microsoft.Playwright;
using TtsPanel.Testing;

namespace TtsPanel.Browser.Tests;

/// <summary>Adding a cloned voice from the Voices page, on the committed tiny F5 pack.</summary>
public class VoicesTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly string TinyPack = Path.Combine(PanelProcess.RepositoryRoot(), "tests", "fixtures", "f5-tiny");

    [Fact]
    public async Task AddVoice_WithConsentAndAClip_AppearsAndPreviews()
    {
        await using var panel = await PanelProcess.StartAsync(new Dictionary<string, string> { ["Engine:F5:PackDirectory"] = TinyPack });
        await using var session = await browser.OpenSessionAsync(panel);
        var page = await session.OpenAsync("/voices");
        await page.Locator("[data-testid=interactive]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

        await page.Locator("input[data-testid=voice-name]").FillAsync("Mother Nature");
        await page.Locator("textarea[data-testid=voice-transcript]").FillAsync("Some call me nature, others call me mother nature.");
        await page.Locator("input[type=file]").SetInputFilesAsync(Path.Combine(TinyPack, "reference.wav"));
        await page.Locator("[data-testid=voice-add]").ClickAsync();
        await page.GetByText("Confirm that the speaker agreed to have their voice cloned.").WaitForAsync();

        await page.GetByLabel("The speaker agreed to have their voice cloned and used on stream").CheckAsync();
        await page.Locator("[data-testid=voice-add]").ClickAsync();

        await page.Locator("[data-testid=voice-added]").WaitForAsync();
        Assert.Equal("Added f5-tts:mother-nature.", (await page.Locator("[data-testid=voice-added]").InnerTextAsync()).Trim());
        await page.Locator("[data-testid=voice-row]", new PageLocatorOptions { HasText = "Mother Nature" }).WaitForAsync();
        await page.Locator("[data-testid=voice-preview]").ClickAsync();
        var audio = page.Locator("[data-testid=voice-preview-audio]");
        await audio.WaitForAsync();
        Assert.StartsWith("data:audio/wav;base64,", await audio.GetAttributeAsync("src"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.DocsDirectory, "voices.png") });
    }
}
