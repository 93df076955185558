using System.Text.Json;
using Microsoft.Playwright;
using TtsPanel.Testing;

namespace TtsPanel.Browser.Tests;

/// <summary>The streamer's path through a real browser: dashboard in one tab, the OBS overlay in another.</summary>
public class PlaybackTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string LongMessage =
        "This message is deliberately long so that it is still playing when the streamer presses a button on the dashboard, " +
        "which gives the test time to watch the overlay react.";

    private static async Task<OverlayState> StateAsync(IPage overlay) =>
        JsonSerializer.Deserialize<OverlayState>(await overlay.EvaluateAsync<string>("() => JSON.stringify(window.ttsOverlay.state)"))!;

    private static Task SpeakAsync(IPage dashboard, string text) =>
        dashboard.Locator("textarea").FillAsync(text).ContinueWith(_ => dashboard.Locator("textarea").PressAsync("Control+Enter")).Unwrap();

    private static ILocator Row(IPage dashboard, string text) =>
        dashboard.Locator("[data-testid=queue-item]", new PageLocatorOptions { HasText = text });

    [Fact]
    public async Task Speak_FromTheDashboard_PlaysOnTheOverlayToTheEnd()
    {
        await using var panel = await PanelProcess.StartAsync();
        await using var session = await browser.OpenSessionAsync(panel);
        var dashboard = await session.OpenDashboardAsync();
        var overlay = await session.OpenOverlayAsync("?caption=1&debug=1");

        await SpeakAsync(dashboard, "Hello chat, the panel is live.");

        await PanelSession.WaitAsync(overlay, "() => window.ttsOverlay.state.playing !== null");
        await overlay.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.DocsDirectory, "overlay.png") });
        await PanelSession.WaitAsync(overlay, "() => window.ttsOverlay.state.finished.length === 1");
        var state = await StateAsync(overlay);
        Assert.Equal(state.Started, state.Finished);
        Assert.Equal("running", state.ContextState);
        await Row(dashboard, "Hello chat").And(dashboard.Locator("[data-state=done]")).WaitForAsync();
        await dashboard.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.DocsDirectory, "dashboard.png") });

        var history = await session.OpenAsync("/history");
        await history.Locator("[data-testid=history-text]", new PageLocatorOptions { HasText = "Hello chat" }).WaitForAsync();
        Assert.NotEqual("0", await history.Locator("[data-testid=summary-count]").InnerTextAsync());
        await history.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.DocsDirectory, "history.png") });
    }

    [Fact]
    public async Task TwoMessages_PlayBackToBackWithoutAGapInQueueOrder()
    {
        await using var panel = await PanelProcess.StartAsync();
        await using var session = await browser.OpenSessionAsync(panel);
        var dashboard = await session.OpenDashboardAsync();
        var overlay = await session.OpenOverlayAsync();

        // Paused, the audio clock stands still, so the second clip is surely lined up while the first one is playing,
        // whatever the machine's load does to how fast it arrives.
        await dashboard.Locator("[data-testid=pause-button]").ClickAsync();
        await PanelSession.WaitAsync(overlay, "() => window.ttsOverlay.state.contextState === 'suspended'");
        await SpeakAsync(dashboard, "One, the first clip.");
        await SpeakAsync(dashboard, "Two, the second clip.");
        await PanelSession.WaitAsync(overlay,
            "() => window.ttsOverlay.state.playing !== null && window.ttsOverlay.state.linedUp.length === 1");
        Assert.Empty((await StateAsync(overlay)).Finished);
        await dashboard.Locator("[data-testid=resume-button]").ClickAsync();

        await PanelSession.WaitAsync(overlay, "() => window.ttsOverlay.state.finished.length === 2");
        var state = await StateAsync(overlay);
        Assert.Equal(state.Started, state.Finished);
        Assert.Equal(2, state.Timeline.Length);
        // The second clip was scheduled on the audio clock for the very sample the first one ends on.
        Assert.Equal(state.Timeline[0].EndAt, state.Timeline[1].StartAt, precision: 6);
        await Row(dashboard, "One, the first").And(dashboard.Locator("[data-state=done]")).WaitForAsync();
        await Row(dashboard, "Two, the second").And(dashboard.Locator("[data-state=done]")).WaitForAsync();
    }

    [Fact]
    public async Task OverlayReload_MidClip_PlaysThatClipAgainFromTheStart()
    {
        await using var panel = await PanelProcess.StartAsync();
        await using var session = await browser.OpenSessionAsync(panel);
        var dashboard = await session.OpenDashboardAsync();
        var overlay = await session.OpenOverlayAsync();
        await SpeakAsync(dashboard, "Reload. " + LongMessage);
        await PanelSession.WaitAsync(overlay, "() => window.ttsOverlay.state.playing !== null");
        var interrupted = (await StateAsync(overlay)).Playing!;

        await overlay.ReloadAsync();

        await PanelSession.WaitAsync(overlay, "id => window.ttsOverlay?.state.playing === id", interrupted);
        var state = await StateAsync(overlay);
        Assert.Equal([interrupted], state.Started);
        Assert.Empty(state.Finished);
        await Row(dashboard, "Reload.").And(dashboard.Locator("[data-state=playing]")).WaitForAsync();
    }

    [Fact]
    public async Task Volume_FromTheDashboard_ReachesTheOverlay()
    {
        await using var panel = await PanelProcess.StartAsync();
        await using var session = await browser.OpenSessionAsync(panel);
        var dashboard = await session.OpenDashboardAsync();
        var overlay = await session.OpenOverlayAsync();

        await dashboard.Locator("input[data-testid=volume]").FillAsync("40");

        await PanelSession.WaitAsync(overlay, "() => Math.abs(window.ttsOverlay.state.volume - 0.4) < 1e-6");
        var lateOverlay = await session.OpenOverlayAsync();
        await PanelSession.WaitAsync(lateOverlay, "() => Math.abs(window.ttsOverlay.state.volume - 0.4) < 1e-6");
    }

    [Fact]
    public async Task SkipPauseAndClear_FromTheDashboard_TheOverlayFollows()
    {
        await using var panel = await PanelProcess.StartAsync();
        await using var session = await browser.OpenSessionAsync(panel);
        var dashboard = await session.OpenDashboardAsync();
        var overlay = await session.OpenOverlayAsync();

        await SpeakAsync(dashboard, "First. " + LongMessage);
        await PanelSession.WaitAsync(overlay, "() => window.ttsOverlay.state.playing !== null");
        var skipped = (await StateAsync(overlay)).Playing!;
        await dashboard.Locator("[data-testid=skip-button]").ClickAsync();
        await PanelSession.WaitAsync(overlay, "id => window.ttsOverlay.state.cancelled.includes(id)", skipped);
        Assert.NotEqual(skipped, (await StateAsync(overlay)).Playing);
        await Row(dashboard, "First.").And(dashboard.Locator("[data-state=skipped]")).WaitForAsync();

        await dashboard.Locator("[data-testid=pause-button]").ClickAsync();
        await PanelSession.WaitAsync(overlay, "() => window.ttsOverlay.state.contextState === 'suspended'");
        await SpeakAsync(dashboard, "Second. " + LongMessage);
        await SpeakAsync(dashboard, "Third. " + LongMessage);
        await PanelSession.WaitAsync(overlay, "() => window.ttsOverlay.state.queued.length === 2");
        Assert.Empty((await StateAsync(overlay)).Finished);
        await dashboard.Locator("[data-testid=resume-button]").ClickAsync();
        await PanelSession.WaitAsync(overlay, "() => window.ttsOverlay.state.contextState === 'running'");

        await dashboard.Locator("[data-testid=clear-button]").ClickAsync();
        await PanelSession.WaitAsync(overlay, "() => window.ttsOverlay.state.queued.length === 0");
        var state = await StateAsync(overlay);
        Assert.Null(state.Playing);
        Assert.Empty(state.Finished);
        await Row(dashboard, "Third.").And(dashboard.Locator("[data-state=removed]")).WaitForAsync();
    }
}
