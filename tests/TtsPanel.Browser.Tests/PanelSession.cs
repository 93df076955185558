using Microsoft.Playwright;
using TtsPanel.Testing;

namespace TtsPanel.Browser.Tests;

/// <summary>One test's pages on one panel, in a browser context of their own that closes with the test.</summary>
public sealed class PanelSession(PanelProcess panel, IBrowserContext context) : IAsyncDisposable
{
    private static readonly PageWaitForFunctionOptions Polling = new() { PollingInterval = 100 };

    /// <summary>A page at <paramref name="path"/> on the panel.</summary>
    public async Task<IPage> OpenAsync(string path)
    {
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync(new Uri(panel.BaseAddress, path).ToString());
        return page;
    }

    /// <summary>Opens the dashboard and waits until its circuit is live.</summary>
    public async Task<IPage> OpenDashboardAsync()
    {
        var page = await OpenAsync("/");
        await page.Locator("[data-testid=interactive]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        return page;
    }

    /// <summary>Opens the overlay with its key, plus <paramref name="query"/> (e.g. <c>?caption=1</c>), and waits until it joined the playback hub.</summary>
    public async Task<IPage> OpenOverlayAsync(string query = "")
    {
        var key = Uri.EscapeDataString(await panel.OverlayKeyAsync());
        var page = await OpenAsync($"/overlay?key={key}" + (query.Length > 0 ? "&" + query.TrimStart('?') : ""));
        await WaitAsync(page, "() => window.ttsOverlay?.state.connected === true");
        return page;
    }

    /// <summary>Waits until <paramref name="predicate"/> is true in <paramref name="page"/>, polling every 100 ms
    /// (the default polls on animation frames, which background pages may not get).</summary>
    public static Task WaitAsync(IPage page, string predicate, object? argument = null) =>
        page.WaitForFunctionAsync(predicate, argument, Polling);

    public ValueTask DisposeAsync() => context.DisposeAsync();
}
