using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace TtsPanel.Web.Tests.Integration;

/// <summary>Twitch chat reaching the voice, end to end: the real panel process, a Twitch-shaped IRC server on loopback.</summary>
public sealed class TwitchChatTests
{
    private static string State(JsonElement item) => item.GetProperty("state").GetString()!;

    [Fact]
    public async Task TtsMessage_BecomesAQueueItemWithItsOrigin_AndTheSourceShowsConnected()
    {
        await using var twitch = await TwitchPanel.StartAsync();

        await twitch.SayAsync("viewer", "100", "m-1", "!tts hello from chat");

        var item = await twitch.WaitForChatItemAsync("m-1");
        Assert.Equal("hello from chat", item.GetProperty("text").GetString());
        Assert.Equal("ordinary", item.GetProperty("lane").GetString());
        var origin = item.GetProperty("origin");
        Assert.Equal(("twitch", "#streamer", "100", "viewer", "VIEWER"),
            (origin.GetProperty("source").GetString(), origin.GetProperty("channel").GetString(), origin.GetProperty("userId").GetString(),
                origin.GetProperty("userLogin").GetString(), origin.GetProperty("displayName").GetString()));
        var sources = (await twitch.Http.GetFromJsonAsync<JsonElement>("/api/chat/sources")).EnumerateArray()
            .Select(s => (s.GetProperty("name").GetString(), s.GetProperty("state").GetString())).ToList();
        // YouTube is always listed, off until switched on in Settings.
        Assert.Equal([("youtube", "stopped"), ("twitch", "connected")], sources);
    }

    [Fact]
    public async Task MalformedLines_AreCountedOnTheSourceAndOnTheDashboard_AndTheNextMessageArrives()
    {
        await using var twitch = await TwitchPanel.StartAsync();

        await twitch.Chat.SendAsync("@tags-without-command");
        await twitch.Chat.SendAsync(new string('x', 20_000));
        await twitch.SayAsync("viewer", "100", "m-1", "!tts still here");

        await twitch.WaitForChatItemAsync("m-1");
        var source = (await twitch.Http.GetFromJsonAsync<JsonElement>("/api/chat/sources")).EnumerateArray()
            .Single(s => s.GetProperty("name").GetString() == "twitch");
        Assert.Equal((2, 0), (source.GetProperty("malformed").GetInt64(), source.GetProperty("dropped").GetInt64()));
        var dashboard = await twitch.Http.GetStringAsync("/");
        Assert.Contains("skipped as malformed 2 · dropped in a flood 0", dashboard);
    }

    [Fact]
    public async Task ClearMsg_RemovesThatMessagesItem()
    {
        await using var twitch = await TwitchPanel.StartAsync();
        await twitch.SayAsync("viewer", "100", "m-1", "!tts something regrettable");
        await twitch.SayAsync("viewer", "100", "m-2", "!tts something fine");
        await twitch.WaitForChatItemAsync("m-2");

        await twitch.Chat.SendAsync("@login=viewer;room-id=1;target-msg-id=m-1;tmi-sent-ts=1764000001000 :tmi.twitch.tv CLEARMSG #streamer :something regrettable");

        await twitch.WaitForChatItemAsync("m-1", i => State(i) == "removed");
        Assert.NotEqual("removed", State(await twitch.WaitForChatItemAsync("m-2")));
    }

    [Fact]
    public async Task ClearChatOfAUser_RemovesAllTheirItems()
    {
        await using var twitch = await TwitchPanel.StartAsync();
        await twitch.SayAsync("troll", "200", "t-1", "!tts first");
        await twitch.SayAsync("troll", "200", "t-2", "!tts second");
        await twitch.SayAsync("viewer", "100", "v-1", "!tts kept");
        await twitch.WaitForChatItemAsync("v-1");

        await twitch.Chat.SendAsync("@ban-duration=600;room-id=1;target-user-id=200;tmi-sent-ts=1764000001000 :tmi.twitch.tv CLEARCHAT #streamer :troll");

        await twitch.WaitForChatItemAsync("t-1", i => State(i) == "removed");
        await twitch.WaitForChatItemAsync("t-2", i => State(i) == "removed");
        Assert.NotEqual("removed", State(await twitch.WaitForChatItemAsync("v-1")));
    }

    [Fact]
    public async Task SkipFromAModerator_SkipsTheReadyClip()
    {
        await using var twitch = await TwitchPanel.StartAsync();
        await twitch.SayAsync("viewer", "100", "m-1", "!tts skip me please");
        // No overlay plays it, so the synthesized clip stays ready: the one a skip takes.
        await twitch.WaitForChatItemAsync("m-1", i => State(i) == "ready");

        await twitch.SayAsync("mod", "300", "s-1", "!skip", moderator: true);

        await twitch.WaitForChatItemAsync("m-1", i => State(i) == "skipped");
    }

    [Fact]
    public async Task ApprovalMode_HoldsTheItemUntilApprovedOverTheApi()
    {
        await using var twitch = await TwitchPanel.StartAsync(new Dictionary<string, string> { ["Chat:RequireApproval"] = "true" });
        await twitch.SayAsync("viewer", "100", "m-1", "!tts approve me");
        var waiting = await twitch.WaitForChatItemAsync("m-1");
        Assert.Equal("awaitingApproval", State(waiting));
        var id = waiting.GetProperty("id").GetGuid();

        var approved = await twitch.Http.PostAsync($"/api/queue/{id}/approve", null);
        var again = await twitch.Http.PostAsync($"/api/queue/{id}/approve", null);

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NotFound), (approved.StatusCode, again.StatusCode));
        await twitch.WaitForChatItemAsync("m-1", i => State(i) == "ready");
    }

    [Fact]
    public async Task ApprovalMode_RejectAndApproveAllOverTheApi_FinishOneAndReleaseTheRest()
    {
        await using var twitch = await TwitchPanel.StartAsync(new Dictionary<string, string> { ["Chat:RequireApproval"] = "true" });
        await twitch.SayAsync("troll", "200", "t-1", "!tts reject me");
        await twitch.SayAsync("viewer", "100", "v-1", "!tts first");
        await twitch.SayAsync("other", "300", "o-1", "!tts second");
        var rejected = (await twitch.WaitForChatItemAsync("t-1")).GetProperty("id").GetGuid();
        await twitch.WaitForChatItemAsync("o-1");

        var reject = await twitch.Http.PostAsync($"/api/queue/{rejected}/reject", null);
        var all = await twitch.Http.PostAsync("/api/queue/approve-all", null);

        Assert.Equal(HttpStatusCode.NoContent, reject.StatusCode);
        Assert.Equal(2, (await all.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("approved").GetInt32());
        Assert.Equal("rejected", State(await twitch.WaitForChatItemAsync("t-1")));
        await twitch.WaitForChatItemAsync("v-1", i => State(i) == "ready");
        await twitch.WaitForChatItemAsync("o-1", i => State(i) == "ready");
    }
}
