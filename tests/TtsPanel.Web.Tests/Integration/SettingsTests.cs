using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TtsPanel.App.Tests.Fakes;
using TtsPanel.Testing;

namespace TtsPanel.Web.Tests.Integration;

/// <summary>Settings saved through the real panel process apply without a restart, and survive one.</summary>
public sealed class SettingsTests
{
    [Fact]
    public async Task TwitchSwitchedOnInSettings_ConnectsAndSpeaksChatWithoutRestart_AndAfterARestart()
    {
        using var server = new ScriptedIrcServer();
        await using var panel = await PanelProcess.StartAsync(new Dictionary<string, string> { ["Moderation:UserCooldownSeconds"] = "0" });
        using var http = new HttpClient { BaseAddress = panel.BaseAddress };
        Assert.Equal("stopped", await TwitchStateAsync(http));

        using var saved = await http.PutAsJsonAsync("/api/settings/Chat:Twitch", new Dictionary<string, string>
        {
            ["Enabled"] = "true", ["Host"] = "127.0.0.1", ["Port"] = $"{server.Port}", ["UseTls"] = "false", ["Channels"] = "streamer",
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        using (var chat = await server.AcceptLoggedInAsync("#streamer"))
        {
            await chat.SendAsync("@id=m-1;user-id=100;display-name=Viewer :viewer!viewer@viewer.tmi.twitch.tv PRIVMSG #streamer :!tts hello from settings");
            await WaitForQueuedAsync(http, "hello from settings");
        }

        // Nothing in the command line switches Twitch on: after a restart the saved settings do.
        await using var restarted = await panel.RestartAsync();
        using var afterRestart = new HttpClient { BaseAddress = restarted.BaseAddress };
        using var again = await server.AcceptLoggedInAsync("#streamer");
        Assert.Equal("connected", await WaitForTwitchStateAsync(afterRestart, "connected"));
    }

    [Fact]
    public async Task InvalidSettings_AreRefusedNamingTheKey_AndTheOldValuesStay()
    {
        await using var panel = await PanelProcess.StartAsync();
        using var http = new HttpClient { BaseAddress = panel.BaseAddress };

        using var refused = await http.PutAsJsonAsync("/api/settings/Moderation", new Dictionary<string, string> { ["MaxWords"] = "0" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Moderation:MaxWords must be between 1 and 1000 (was 0).",
            problem.GetProperty("errors").GetProperty("Moderation:MaxWords")[0].GetString());
        var settings = await http.GetFromJsonAsync<JsonElement>("/api/settings");
        Assert.Equal("60", settings.GetProperty("Moderation").GetProperty("MaxWords").GetString());
    }

    [Fact]
    public async Task WebhookSwitchedOnInSettings_TakesTheNewTokenAtOnce_AndNeverShowsItBack()
    {
        const string token = "settings-token-0123456789abcdef";
        await using var panel = await PanelProcess.StartAsync();
        using var http = new HttpClient { BaseAddress = panel.BaseAddress };
        using var before = await PostMessageAsync(http, token);
        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode); // off by default

        using var saved = await http.PutAsJsonAsync("/api/settings/Webhook", new Dictionary<string, string> { ["Enabled"] = "true", ["Token"] = token });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.DoesNotContain(token, await saved.Content.ReadAsStringAsync());
        using var wrong = await PostMessageAsync(http, "not-the-token-0123456789");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        using var accepted = await PostMessageAsync(http, token);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.DoesNotContain(token, panel.Output);
    }

    private static async Task<HttpResponseMessage> PostMessageAsync(HttpClient http, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = JsonContent.Create(new { user = "script", text = "hello from the webhook" }),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return await http.SendAsync(request);
    }

    private static async Task<string?> TwitchStateAsync(HttpClient http)
    {
        var sources = await http.GetFromJsonAsync<JsonElement>("/api/chat/sources");
        return sources.EnumerateArray().Single(s => s.GetProperty("name").GetString() == "twitch").GetProperty("state").GetString();
    }

    /// <summary>Polls the chat sources (at most 10 s) until Twitch is in <paramref name="state"/>.</summary>
    private static async Task<string?> WaitForTwitchStateAsync(HttpClient http, string state)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (await TwitchStateAsync(http) != state)
            await Task.Delay(50, timeout.Token);
        return state;
    }

    /// <summary>Polls the queue (at most 30 s) until an item with <paramref name="text"/> is in it.</summary>
    private static async Task WaitForQueuedAsync(HttpClient http, string text)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!(await http.GetFromJsonAsync<JsonElement>("/api/queue", timeout.Token)).EnumerateArray().Any(i => i.GetProperty("text").GetString() == text))
            await Task.Delay(50, timeout.Token);
    }
}
