using Microsoft.Playwright;
using TtsPanel.Testing;

namespace TtsPanel.Browser.Tests;

/// <summary>Debian's Chromium, headless, driven by Playwright; shared by the tests of a class. Each test runs its own panel.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium; Playwright never downloads a browser here.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run",
    ];

    private IPlaywright _playwright = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where the screenshots for the README go.</summary>
    public static string DocsDirectory => Path.Combine(PanelProcess.RepositoryRoot(), "docs");

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArguments,
        });
    }

    /// <summary>A fresh browser context (its own cookies and pages) for one test against <paramref name="panel"/>.</summary>
    public async Task<PanelSession> OpenSessionAsync(PanelProcess panel) =>
        new(panel, await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } }));

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
