using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TtsPanel.Testing;

namespace TtsPanel.Web.Tests.Integration;

public class QueueRestartTests
{
    [Fact]
    public async Task Restart_BeforePlaybackFinished_BringsTheMessagesBackInOrder()
    {
        // No overlay connects, so nothing can finish playing: both messages are still owed when the panel stops.
        await using var panel = await PanelProcess.StartAsync(new Dictionary<string, string> { ["Queue:MaxItems"] = "2" });
        using var http = new HttpClient { BaseAddress = panel.BaseAddress };
        var first = await http.SpeakAsync("First message.");
        var second = await http.SpeakAsync("Second message.");
        await http.WaitForStateAsync(second, "ready");
        var refused = await http.PostAsJsonAsync("/api/speak", new { text = "One too many." });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var refusals = await http.GetFromJsonAsync<JsonElement>("/api/queue/refusals");
        Assert.Equal(1, refusals.GetProperty("queueFull").GetInt64());

        await panel.StopAsync();
        // A graceful stop checkpoints: everything is in the database file and LiteDB's log file is gone.
        Assert.False(File.Exists(Path.Combine(panel.DataDirectory, "ttspanel-log.db")));
        Assert.Equal(0, new FileInfo(panel.DatabasePath + ".lock").Length);
        await using var restarted = await panel.RestartAsync();
        Assert.DoesNotContain("was not closed cleanly", restarted.Output);
        using var again = new HttpClient { BaseAddress = restarted.BaseAddress };

        var items = (await again.GetFromJsonAsync<JsonElement>("/api/queue")).EnumerateArray().ToList();
        Assert.Equal([first, second], items.Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal(["First message.", "Second message."], items.Select(i => i.GetProperty("text").GetString()));
        // The audio was not stored: both are synthesized again and wait for an overlay.
        await again.WaitForStateAsync(first, "ready");
        await again.WaitForStateAsync(second, "ready");
    }
}
