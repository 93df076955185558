using Microsoft.Playwright;
using TtsPanel.App.Tests.Fakes;
using TtsPanel.Testing;

namespace TtsPanel.Browser.Tests;

/// <summary>Approval mode in a real browser: Twitch chat from a scripted loopback server, decided with the dashboard's keys.</summary>
public class ApprovalTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static Task SayAsync(IrcPeer chat, string login, string userId, string messageId, string text) =>
        chat.SendAsync($"@badges=;display-name={login};id={messageId};mod=0;room-id=1;tmi-sent-ts=1764000000000;user-id={userId} " +
            $":{login}!{login}@{login}.tmi.twitch.tv PRIVMSG #streamer :{text}");

    private static ILocator Row(IPage dashboard, string text) =>
        dashboard.Locator("[data-testid=queue-item]", new PageLocatorOptions { HasText = text });

    [Fact]
    public async Task ChatMessages_RejectedAndApprovedWithTheKeys_OnlyTheApprovedOnePlays()
    {
        using var server = new ScriptedIrcServer();
        await using var panel = await PanelProcess.StartAsync(new Dictionary<string, string>
        {
            ["Chat:Twitch:Enabled"] = "true",
            ["Chat:Twitch:Host"] = "127.0.0.1",
            ["Chat:Twitch:Port"] = $"{server.Port}",
            ["Chat:Twitch:UseTls"] = "false",
            ["Chat:Twitch:Channels:0"] = "streamer",
            ["Chat:RequireApproval"] = "true",
        });
        using var chat = await server.AcceptLoggedInAsync("#streamer");
        await using var session = await browser.OpenSessionAsync(panel);
        var dashboard = await session.OpenDashboardAsync();
        var overlay = await session.OpenOverlayAsync();
        await dashboard.Locator("[data-testid=chat-source][data-state=connected]").WaitForAsync();

        await SayAsync(chat, "troll", "200", "t-1", "!tts reject this one");
        await SayAsync(chat, "viewer", "100", "v-1", "!tts approve this one");
        var items = dashboard.Locator("[data-testid=approval-item]");
        await items.Nth(1).WaitForAsync();
        var list = dashboard.Locator("[data-testid=approval-list]");
        await list.FocusAsync();
        await list.PressAsync("r");
        await items.Filter(new LocatorFilterOptions { HasText = "reject this one" }).WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        await list.PressAsync("a");

        await PanelSession.WaitAsync(overlay, "() => window.ttsOverlay.state.finished.length === 1");
        await Row(dashboard, "approve this one").And(dashboard.Locator("[data-state=done]")).WaitForAsync();
        await Row(dashboard, "reject this one").And(dashboard.Locator("[data-state=rejected]")).WaitForAsync();
        Assert.Equal(0, await items.CountAsync());
    }
}
