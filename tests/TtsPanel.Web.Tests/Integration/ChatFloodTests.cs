using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TtsPanel.Web.Tests.Integration;

/// <summary>
/// A chat flood against the real panel process: 10 000 <c>!tts</c> messages from 1 000 viewers written in bursts by
/// the scripted Twitch server. The panel must keep answering, and every message must end up queued or counted under
/// the limit that refused it, with the numbers those limits allow and no more.
/// </summary>
public sealed partial class ChatFloodTests
{
    private const int Users = 1_000;
    private const int MessagesPerUser = 10;
    private const int Total = Users * MessagesPerUser;
    private const int MaxItems = 500;
    private const int RateLimit = 550;
    private const int MaxPendingPerUser = 1;

    [Fact]
    public async Task Burst_OfTenThousandMessages_StaysResponsive_AndEveryMessageIsQueuedOrCountedByItsLimit()
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

        // Round 0: the rate limit admits the first 550 viewers; the queue takes 500 of them (full) and refuses 50; the
        // other 450 are rate-limited. Rounds 1–9: the 500 viewers with an item waiting hit the pending cap (4 500), the
        // other 500 the rate limit (4 500, so 4 950 in all).
        Assert.Equal((MaxItems, 4_500 + 4_950), (counts.Queued, counts.Refused));
        Assert.Equal(50, refusals.GetProperty("queueFull").GetInt64());
        Assert.Equal(Total, counts.Queued + counts.Refused + refusals.GetProperty("queueFull").GetInt64());
        Assert.Equal(MaxItems, queue.Count);
        Assert.All(queue.GroupBy(i => i.GetProperty("origin").GetProperty("userId").GetString()),
            user => Assert.InRange(user.Count(), 1, MaxPendingPerUser));
        var sources = (await twitch.Http.GetFromJsonAsync<JsonElement>("/api/chat/sources", timeout.Token)).EnumerateArray();
        var source = Assert.Single(sources, s => s.GetProperty("name").GetString() == "twitch");
        Assert.Equal("connected", source.GetProperty("state").GetString());
        Assert.Equal((0, 0), (source.GetProperty("malformed").GetInt64(), source.GetProperty("dropped").GetInt64()));
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
