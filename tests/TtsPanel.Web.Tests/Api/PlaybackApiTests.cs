using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using TtsPanel.Web.Tests.Integration;

namespace TtsPanel.Web.Tests.Api;

public class PlaybackApiTests(PanelServerFixture server) : IClassFixture<PanelServerFixture>
{
    private HttpClient Http => server.Http;

    private static async Task<string?> FirstErrorAsync(HttpResponseMessage response, string field) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty(field)[0].GetString();

    [Fact]
    public async Task Volume_InRange_IsTheNewState()
    {
        var response = await Http.PutAsJsonAsync("/api/playback/volume", new { volume = 0.25 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var state = await Http.GetFromJsonAsync<JsonElement>("/api/playback");
        Assert.Equal(0.25, state.GetProperty("volume").GetDouble());
    }

    [Fact]
    public async Task Volume_OutOfRange_Returns400NamingTheRange()
    {
        var response = await Http.PutAsJsonAsync("/api/playback/volume", new { volume = 7 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("volume must be a number from 0 to 1, e.g. {\"volume\": 0.5} (was 7).", await FirstErrorAsync(response, "volume"));
    }

    [Fact]
    public async Task Volume_MalformedJson_Returns400SayingSo()
    {
        using var content = new StringContent("{\"volume\":", Encoding.UTF8, "application/json");

        var response = await Http.PutAsync("/api/playback/volume", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("The request body is not valid JSON: ", await FirstErrorAsync(response, "body"));
    }

    [Fact]
    public async Task PauseThenResume_FlipsThePausedState()
    {
        var paused = await (await Http.PostAsync("/api/playback/pause", null)).Content.ReadFromJsonAsync<JsonElement>();
        var resumed = await (await Http.PostAsync("/api/playback/resume", null)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.True(paused.GetProperty("paused").GetBoolean());
        Assert.False(resumed.GetProperty("paused").GetBoolean());
    }

    [Fact]
    public async Task Skip_NothingReady_Returns409()
    {
        await Http.PostAsync("/api/queue/clear", null);

        var response = await Http.PostAsync("/api/playback/skip", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Remove_QueuedItem_Returns204AndTheItemIsRemoved()
    {
        var id = await Http.SpeakAsync("Remove me.");

        var response = await Http.DeleteAsync($"/api/queue/{id}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("removed", await Http.QueueStateAsync(id));
        Assert.Equal(HttpStatusCode.NotFound, (await Http.DeleteAsync($"/api/queue/{id}")).StatusCode);
    }

    [Fact]
    public async Task Clear_RemovesEveryUnfinishedItem()
    {
        var first = await Http.SpeakAsync("One.");
        var second = await Http.SpeakAsync("Two.");

        var result = await (await Http.PostAsync("/api/queue/clear", null)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.True(result.GetProperty("removed").GetInt32() >= 2);
        Assert.Equal("removed", await Http.QueueStateAsync(first));
        Assert.Equal("removed", await Http.QueueStateAsync(second));
    }

    [Fact]
    public async Task GetQueueItem_FromTheSpeakLocation_IsThatItem()
    {
        var response = await Http.PostAsJsonAsync("/api/speak", new { text = "Where am I?" });

        var item = await Http.GetFromJsonAsync<JsonElement>(response.Headers.Location!);

        Assert.Equal("Where am I?", item.GetProperty("text").GetString());
    }
}
