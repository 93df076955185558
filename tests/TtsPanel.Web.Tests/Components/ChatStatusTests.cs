using Bunit;
using Microsoft.Extensions.DependencyInjection;
using TtsPanel.App.Chat;
using TtsPanel.Web.Components.Shared;

namespace TtsPanel.Web.Tests.Components;

public class ChatStatusTests() : PanelComponentContext(chatSources: [Twitch])
{
    // One per test: xunit builds a new instance for each, and the base registers it before anything renders.
    private static FakeChatSource Twitch => new("twitch");

    private FakeChatSource Source => (FakeChatSource)Context.Services.GetServices<IChatSource>().Single();

    private static ChatMessage Message(string text) => new()
    {
        Source = "twitch", Channel = "#streamer", SentAt = DateTimeOffset.UnixEpoch, UserLogin = "viewer", DisplayName = "viewer", Text = text,
    };

    [Fact]
    public async Task StatusChanged_Reconnecting_ShowsStateMessageAndRetryTimeLive()
    {
        var status = Render<ChatStatus>();
        Assert.Equal("stopped", status.Find("[data-testid=chat-source]").GetAttribute("data-state"));

        await Source.SetStatusAsync(new ChatSourceStatus(ChatSourceState.Reconnecting, "Reconnecting in 2.5 s (the server closed the connection)",
            new DateTimeOffset(2026, 11, 24, 12, 0, 5, TimeSpan.Zero)));

        status.WaitForAssertion(() =>
        {
            var row = status.Find("[data-testid=chat-source]");
            Assert.Equal("reconnecting", row.GetAttribute("data-state"));
            Assert.Contains("twitch · reconnecting", row.TextContent);
            Assert.Contains("Reconnecting in 2.5 s (the server closed the connection)", row.TextContent);
            Assert.Equal("· next attempt at 12:00:05 UTC", status.Find("[data-testid=chat-retry]").TextContent.Trim());
        });
    }

    [Fact]
    public async Task Losses_HiddenWhileNone_ThenCountedLive()
    {
        var status = Render<ChatStatus>();
        Assert.Empty(status.FindAll("[data-testid=chat-losses]"));

        // Counted on the source's own thread, as the real clients do.
        await Task.Run(() =>
        {
            Source.Losses.CountMalformed();
            Source.Losses.CountMalformed();
            Source.Losses.CountDropped();
        });

        status.WaitForAssertion(() => Assert.Equal(
            "skipped as malformed 2 · dropped in a flood 1", status.Find("[data-testid=chat-losses]").TextContent.Trim()));
    }

    [Fact]
    public void ModeratedMessages_UpdateTheCountsLive()
    {
        var status = Render<ChatStatus>();

        Moderator.Moderate(Message("no trigger here"), 0);
        Moderator.Moderate(Message("!tts http://spam.example"), 0);

        status.WaitForAssertion(() =>
            Assert.Contains("ignored 1 · refused 1", status.Find("[data-testid=chat-counts]").TextContent));
    }
}
