using Microsoft.Playwright;
using TtsPanel.Testing;

namespace TtsPanel.Browser.Tests;

/// <summary>Running a tiny benchmark from the Performance page and seeing it there, on espeak-ng.</summary>
public class PerformanceTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static async Task RunBenchmarkAsync(IPage page, string name)
    {
        await page.Locator("input[data-testid=benchmark-name]").FillAsync(name);
        await page.Locator("input[data-testid=benchmark-repetitions]").FillAsync("2");
        await page.Locator("[data-testid=benchmark-start]").ClickAsync();
        await page.Locator("[data-testid=run-row]", new PageLocatorOptions { HasText = name }).Filter(new LocatorFilterOptions { HasText = "completed" })
            .WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
    }

    [Fact]
    public async Task RunBenchmark_TinySetTwice_ShowsTheRunsFiguresAndTheRegressionCheck()
    {
        await using var panel = await PanelProcess.StartAsync();
        await using var session = await browser.OpenSessionAsync(panel);
        var page = await session.OpenAsync("/performance");
        await page.Locator("[data-testid=interactive]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await page.Locator("[data-testid=performance-empty]").WaitForAsync();

        await page.Locator("[data-testid=benchmark-set]").ClickAsync(new LocatorClickOptions { Force = true });
        await page.GetByRole(AriaRole.Option, new PageGetByRoleOptions { Name = "tiny", Exact = true }).ClickAsync();
        await RunBenchmarkAsync(page, "first tiny run");
        await RunBenchmarkAsync(page, "second tiny run");

        var row = page.Locator("[data-testid=configuration-row]");
        await row.WaitForAsync();
        Assert.Contains("espeak-ng", await row.InnerTextAsync());
        Assert.Equal(2, await page.Locator("[data-testid=run-row]").CountAsync());
        await page.Locator("[data-testid=regression-flag]").WaitForAsync();
        Assert.Contains("the latest run “second tiny run” has median RTF", await page.Locator("[data-testid=regression-flag]").InnerTextAsync());
        Assert.Equal(8, await page.Locator("[data-testid=record-rtf]").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.DocsDirectory, "performance.png"), FullPage = true });
    }
}
