using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using TtsPanel.Web.Tests.Integration;

namespace TtsPanel.Web.Tests.Api;

public class SpeechApiTests(PanelServerFixture server) : IClassFixture<PanelServerFixture>
{
    private HttpClient Http => server.Http;

    private async Task<(HttpStatusCode Status, string? ContentType, JsonElement Body)> PostRawAsync(string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        var response = await Http.PostAsync("/api/speak", content);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
    }

    [Theory]
    [InlineData("{\"text\": \"   \"}", "text", "Text is empty.")]
    [InlineData("{\"text\": \"beep \\u0007\"}", "text", "Text contains the control character U+0007 at position 6.")]
    [InlineData("{\"text\": \"This sentence is far longer than forty characters.\"}", "text", "Text is 50 characters long; the limit is 40.")]
    [InlineData("{\"text\": \"hi\", \"voice\": \"espeak-ng:klingon\"}", "voice", "Unknown voice 'espeak-ng:klingon'. GET /api/voices lists the voices.")]
    [InlineData("null", "body", "The request body must be a JSON object such as {\"text\": \"Hello\"}.")]
    public async Task Speak_BadInput_Returns400ProblemNamingTheField(string json, string field, string message)
    {
        var (status, contentType, body) = await PostRawAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", contentType);
        Assert.Equal(message, body.GetProperty("errors").GetProperty(field)[0].GetString());
    }

    [Fact]
    public async Task Speak_MalformedJson_Returns400ProblemAndQueuesNothingNew()
    {
        var before = (await Http.GetFromJsonAsync<JsonElement>("/api/queue")).GetArrayLength();

        var (status, contentType, body) = await PostRawAsync("{\"text\": \"unterminated");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", contentType);
        Assert.StartsWith("The request body is not valid JSON: ", body.GetProperty("errors").GetProperty("body")[0].GetString());
        Assert.Equal(before, (await Http.GetFromJsonAsync<JsonElement>("/api/queue")).GetArrayLength());
    }

    [Fact]
    public async Task Speak_ValidText_Returns202WithAnIdListedInTheQueue()
    {
        var id = await Http.SpeakAsync("Queue me.", "espeak-ng:en-us");

        var item = (await Http.GetFromJsonAsync<JsonElement>("/api/queue")).EnumerateArray()
            .Single(i => i.GetProperty("id").GetGuid() == id);

        Assert.Equal("Queue me.", item.GetProperty("text").GetString());
        Assert.Equal("espeak-ng:en-us", item.GetProperty("voice").GetString());
        Assert.Contains(item.GetProperty("state").GetString(), new[] { "pending", "synthesizing", "ready" });
    }

    [Fact]
    public async Task History_AfterASynthesis_ListsItWithAPositiveRtf()
    {
        var id = await Http.SpeakAsync("Record me.");
        await Http.WaitForStateAsync(id, "ready");

        var records = await Http.GetFromJsonAsync<JsonElement>("/api/history?take=50");

        var record = records.EnumerateArray().First(r => r.GetProperty("text").GetString() == "Record me.");
        Assert.Equal("espeak-ng", record.GetProperty("engine").GetString());
        Assert.True(record.GetProperty("audioSeconds").GetDouble() > 0);
        Assert.True(record.GetProperty("synthesisMs").GetDouble() > 0);
        Assert.True(record.GetProperty("rtf").GetDouble() > 0);
        Assert.True(record.TryGetProperty("createdAt", out _));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public async Task History_TakeOutOfRange_Returns400(int take)
    {
        var response = await Http.GetAsync($"/api/history?take={take}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"take must be between 1 and 1000 (was {take}).", body.GetProperty("errors").GetProperty("take")[0].GetString());
    }

    [Fact]
    public async Task Voices_ListEspeakVoicesWithIdNameEngine()
    {
        var voices = await Http.GetFromJsonAsync<JsonElement>("/api/voices");

        var american = voices.EnumerateArray().Single(v => v.GetProperty("id").GetString() == "espeak-ng:en-us");
        Assert.Equal("espeak-ng", american.GetProperty("engine").GetString());
        Assert.False(string.IsNullOrEmpty(american.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task UnknownApiPath_Returns404Problem()
    {
        var response = await Http.GetAsync("/api/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
