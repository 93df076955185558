using System.Text.Json;
using Microsoft.Playwright;
using TtsPanel.Testing;

namespace TtsPanel.Browser.Tests;

/// <summary>A blind A/B pair of NFE 6 against NFE 7 on the committed tiny F5 pack, voted on in the browser.</summary>
public class ListenTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly string TinyPack = Path.Combine(PanelProcess.RepositoryRoot(), "tests", "fixtures", "f5-tiny");
    private static readonly float SynthesisTimeoutMs = 60_000;

    /// <summary>A cloned voice as the Voices page stores it: the pack's reference clip with its transcript and consent.</summary>
    private static void AddNatureVoice(string dataDirectory)
    {
        var folder = Directory.CreateDirectory(Path.Combine(dataDirectory, "voices", "nature")).FullName;
        File.Copy(Path.Combine(TinyPack, "reference.wav"), Path.Combine(folder, "reference.wav"));
        File.WriteAllText(Path.Combine(folder, "voice.json"), JsonSerializer.Serialize(new
        {
            name = "Nature",
            language = "en",
            transcript = "Some call me nature, others call me mother nature.",
            consentConfirmed = true,
        }));
    }

    [Fact]
    public async Task Pair_NfeSixAgainstSeven_HidesWhichIsWhichUntilTheVote()
    {
        await using var panel = await PanelProcess.StartAsync(
            new Dictionary<string, string> { ["Engine:F5:PackDirectory"] = TinyPack, ["Engine:DefaultVoice"] = "f5-tts:nature" },
            AddNatureVoice);
        await using var session = await browser.OpenSessionAsync(panel);
        var page = await session.OpenAsync("/listen");
        await page.Locator("[data-testid=interactive]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

        await page.Locator("[data-testid=ab-start]").ClickAsync();
        await page.Locator("[data-testid=clip-b]").WaitForAsync(new LocatorWaitForOptions { Timeout = SynthesisTimeoutMs });

        var before = await page.ContentAsync();
        Assert.DoesNotContain("NFE 6", before);
        Assert.DoesNotContain("NFE 7", before);
        foreach (var clip in new[] { "clip-a", "clip-b" })
            Assert.StartsWith("data:audio/wav;base64,", await page.Locator($"[data-testid={clip}]").GetAttributeAsync("src"));

        await page.Locator("[data-testid=vote-a]").ClickAsync();
        await page.Locator("[data-testid=ab-result]").WaitForAsync();

        var reveal = await page.Locator("[data-testid=ab-reveal]").InnerTextAsync();
        Assert.Contains("NFE 6", reveal);
        Assert.Contains("NFE 7", reveal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.DocsDirectory, "listen.png") });
    }
}
