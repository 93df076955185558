using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TtsPanel.Web.Tests.Integration;

/// <summary>
/// A chat flood against the real panel process: 2 000 <c>!tts</c> messages from 200 viewers written in one burst by
/// the scripted Twitch server. The panel must keep answering, and every message must end up queued or counted under
/// the limit that refused it, with the numbers those limits allow and no more.
/// </summary>
public sealed partial class ChatFloodTests
{
    private const int Users = 200;
    private const int MessagesPerUser = 10;
    private const int Total = Users * MessagesPerUser;
    private const int MaxItems = 500;
    private const int RateLimit = 550;
    private const int MaxPendingPerUser = 3;

    [Fact]
    public async Task Burst_OfTwoThousandMessages_StaysResponsive_AndEveryMessageIsQueuedOrCountedByItsLimit()
    {
        await using var twitch = await TwitchPanel.StartAsync(new Dictionary<string, string>
        {
            ["Queue:MaxItems"] = $"{MaxItems}",
            // No overlay plays, so one clip made ahead is all the engine does: the flood, not 500 syntheses, is the load,
            // and the tests running beside this one keep their CPU.
            ["Queue:MaxClipsAhead"] = "1",
            ["Moderation:MaxPendingPerUser"] = $"{MaxPendingPerUser}",
            ["Moderation:RateLimitMessages"] = $"{RateLimit}",
            // Long enough that the whole burst falls in one window even on a slow machine.
            ["Moderation:RateLimitWindowSeconds"] = "3600",
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));

        // Round by round, each viewer's next message: the order the expected counts below follow.
        for (var round = 0; round < MessagesPerUser; round++)
        {
            var burst = new StringBuilder();
            for (var user = 0; user < Users; user++)
                burst.Append($"@display-name=Viewer{user};id=f-{round}-{user};user-id={1000 + user} :viewer{user}!viewer{user}@viewer{user}.tmi.twitch.tv ")
                    .Append($"PRIVMSG #streamer :!tts round {round} from viewer {user}\r\n");
            await twitch.Chat.SendBytesAsync(Encoding.UTF8.GetBytes(burst.ToString()));
            // The panel answers while the burst is read: the dashboard renders, the API lists a queue within its bound.
            await AssertRespondsAsync(twitch, timeout.Token);
        }

        var counts = await WaitForChatCountsAsync(twitch, timeout.Token);
        var refusals = await twitch.Http.GetFromJsonAsync<JsonElement>("/api/queue/refusals", timeout.Token);
        var queue = (await twitch.Http.GetFromJsonAsync<JsonElement>("/api/queue", timeout.Token)).EnumerateArray().ToList();

        // Rounds 0–1: all 400 accepted and queued. Round 2: the rate limit admits 150 more (550 in all); the queue takes
        // 100 of them (500, full) and refuses 50; 50 viewers are rate-limited. Rounds 3–9: the 100 viewers with 3 items
        // hit the pending cap (700), the other 100 the rate limit (700, so 750 in all).
        Assert.Equal((MaxItems, 700 + 750), (counts.Queued, counts.Refused));
        Assert.Equal(50, refusals.GetProperty("queueFull").GetInt64());
        Assert.Equal(Total, counts.Queued + counts.Refused + refusals.GetProperty("queueFull").GetInt64());
        Assert.Equal(MaxItems, queue.Count);
        Assert.All(queue.GroupBy(i => i.GetProperty("origin").GetProperty("userId").GetString()),
            user => Assert.InRange(user.Count(), 1, MaxPendingPerUser));
        var sources = (await twitch.Http.GetFromJsonAsync<JsonElement>("/api/chat/sources", timeout.Token)).EnumerateArray();
        var source = Assert.Single(sources, s => s.GetProperty("name").GetString() == "twitch");
        Assert.Equal("connected", source.GetProperty("state").GetString());
    }

    private static async Task AssertRespondsAsync(TwitchPanel twitch, CancellationToken cancellationToken)
    {
        using var dashboard = await twitch.Http.GetAsync("/", cancellationToken);
        Assert.True(dashboard.IsSuccessStatusCode, $"The dashboard answered {(int)dashboard.StatusCode}");
        var queue = await twitch.Http.GetFromJsonAsync<JsonElement>("/api/queue", cancellationToken);
        Assert.InRange(queue.GetArrayLength(), 0, MaxItems);
    }

    /// <summary>Reads the dashboard's chat counts until all <see cref="Total"/> messages are accounted for (or the token ends the wait).</summary>
    private static async Task<(long Queued, long Refused)> WaitForChatCountsAsync(TwitchPanel twitch, CancellationToken cancellationToken)
    {
        while (true)
        {
            var html = await twitch.Http.GetStringAsync("/", cancellationToken);
            var match = ChatCounts().Match(html);
            Assert.True(match.Success, "The dashboard shows no chat counts.");
            var (queued, refused) = (long.Parse(match.Groups["queued"].Value), long.Parse(match.Groups["refused"].Value));
            var full = (await twitch.Http.GetFromJsonAsync<JsonElement>("/api/queue/refusals", cancellationToken)).GetProperty("queueFull").GetInt64();
            if (queued + refused + full >= Total)
                return (queued, refused);
            await Task.Delay(100, cancellationToken);
        }
    }

    [GeneratedRegex(@"queued\s+(?<queued>\d+)\D+ignored\s+\d+\D+refused\s+(?<refused>\d+)")]
    private static partial Regex ChatCounts();
}
