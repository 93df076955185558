using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using TtsPanel.Testing;

namespace TtsPanel.Web.Tests.Api;

/// <summary>The webhook's rate limit and its off switch, each on a panel of its own so no other test spends the limit.</summary>
public class MessagesApiLimitsTests
{
    [Fact]
    public async Task Post_OverTheRateLimit_Returns429WithRetryAfterAndQueuesNothing()
    {
        await using var panel = await PanelProcess.StartAsync(new Dictionary<string, string>
        {
            ["Webhook:Enabled"] = "true",
            ["Webhook:Token"] = WebhookServerFixture.Token,
            ["Webhook:RateLimitMessages"] = "2",
            ["Webhook:RateLimitWindowSeconds"] = "60",
        });
        using var http = new HttpClient { BaseAddress = panel.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WebhookServerFixture.Token);

        var first = await http.PostAsJsonAsync("/api/messages", new { text = "One." });
        var second = await http.PostAsJsonAsync("/api/messages", new { text = "Two." });
        var third = await http.PostAsJsonAsync("/api/messages", new { text = "Three." });

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("application/problem+json", third.Content.Headers.ContentType?.MediaType);
        var retryAfter = third.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 60);
        var texts = (await http.GetFromJsonAsync<JsonElement>("/api/queue")).EnumerateArray().Select(i => i.GetProperty("text").GetString());
        Assert.Equal(["One.", "Two."], texts);
    }

    [Fact]
    public async Task Post_WebhookOff_Returns404Problem()
    {
        await using var panel = await PanelProcess.StartAsync();
        using var http = new HttpClient { BaseAddress = panel.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WebhookServerFixture.Token);

        var response = await http.PostAsJsonAsync("/api/messages", new { text = "Anyone there?" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty((await http.GetFromJsonAsync<JsonElement>("/api/queue")).EnumerateArray());
    }
}
