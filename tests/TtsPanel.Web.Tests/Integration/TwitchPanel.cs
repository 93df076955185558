using System.Net.Http.Json;
using System.Text.Json;
using TtsPanel.App.Tests.Fakes;
using TtsPanel.Testing;

namespace TtsPanel.Web.Tests.Integration;

/// <summary>
/// The real panel reading Twitch chat from a scripted Twitch-shaped IRC server on loopback: <see cref="Chat"/> is the
/// server's side of the panel's connection, logged in and joined to <c>#streamer</c>.
/// </summary>
internal sealed class TwitchPanel : IAsyncDisposable
{
    private readonly ScriptedIrcServer _server;

    private TwitchPanel(ScriptedIrcServer server, PanelProcess panel, IrcPeer chat)
    {
        _server = server;
        Panel = panel;
        Chat = chat;
        Http = new HttpClient { BaseAddress = panel.BaseAddress };
    }

    public PanelProcess Panel { get; }

    public IrcPeer Chat { get; }

    public HttpClient Http { get; }

    public static async Task<TwitchPanel> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var server = new ScriptedIrcServer();
        var all = new Dictionary<string, string>
        {
            ["Chat:Twitch:Enabled"] = "true",
            ["Chat:Twitch:Host"] = "127.0.0.1",
            ["Chat:Twitch:Port"] = $"{server.Port}",
            ["Chat:Twitch:UseTls"] = "false",
            ["Chat:Twitch:Channels:0"] = "streamer",
            // Each test sends a few messages from one viewer in a row.
            ["Moderation:UserCooldownSeconds"] = "0",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            all[key] = value;
        var panel = await PanelProcess.StartAsync(all);
        return new TwitchPanel(server, panel, await server.AcceptLoggedInAsync("#streamer"));
    }

    /// <summary>Sends a chat message the way Twitch relays it, with its tags.</summary>
    public Task SayAsync(string login, string userId, string messageId, string text, bool moderator = false) =>
        Chat.SendAsync($"@badges={(moderator ? "moderator/1" : "")};display-name={login.ToUpperInvariant()};id={messageId};mod={(moderator ? 1 : 0)};" +
            $"room-id=1;tmi-sent-ts=1764000000000;user-id={userId} :{login}!{login}@{login}.tmi.twitch.tv PRIVMSG #streamer :{text}");

    /// <summary>Polls <c>GET /api/queue</c> (at most 30 s) until the item of chat message <paramref name="messageId"/> matches <paramref name="condition"/>.</summary>
    public async Task<JsonElement> WaitForChatItemAsync(string messageId, Func<JsonElement, bool>? condition = null)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var items = await Http.GetFromJsonAsync<JsonElement>("/api/queue", timeout.Token);
            var item = items.EnumerateArray().FirstOrDefault(i =>
                i.GetProperty("origin") is { ValueKind: JsonValueKind.Object } origin && origin.GetProperty("messageId").GetString() == messageId);
            if (item.ValueKind == JsonValueKind.Object && (condition is null || condition(item)))
                return item;
            await Task.Delay(50, timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Panel.DisposeAsync();
        Chat.Dispose();
        _server.Dispose();
    }
}
