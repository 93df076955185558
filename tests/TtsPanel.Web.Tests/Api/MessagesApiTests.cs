using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace TtsPanel.Web.Tests.Api;

public class MessagesApiTests(WebhookServerFixture server) : IClassFixture<WebhookServerFixture>
{
    private HttpClient Http => server.Http;

    private async Task<(HttpStatusCode Status, HttpResponseMessage Response, JsonElement Body)> PostAsync(byte[] json, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new ByteArrayContent(json) };
        request.Content.Headers.ContentType = new("application/json");
        if (key is not null)
            request.Headers.Add("Idempotency-Key", key);
        var response = await Http.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response.StatusCode, response, body);
    }

    private Task<(HttpStatusCode Status, HttpResponseMessage Response, JsonElement Body)> PostAsync(string json, string? key = null) =>
        PostAsync(Encoding.UTF8.GetBytes(json), key);

    private async Task<JsonElement> QueueItemAsync(Guid id) => await Http.GetFromJsonAsync<JsonElement>($"/api/queue/{id}");

    [Fact]
    public async Task Post_ValidMessage_Returns202AndStoresItWithItsOriginAndLane()
    {
        var (status, response, body) = await PostAsync("{\"user\": \"Viewer\u200B One\", \"text\": \"Thanks  for\u202E the bits\", \"priority\": \"Bits\"}");

        Assert.Equal(HttpStatusCode.Accepted, status);
        var id = body.GetProperty("id").GetGuid();
        Assert.False(body.GetProperty("duplicate").GetBoolean());
        Assert.Equal($"/api/queue/{id}", response.Headers.Location?.OriginalString);
        var item = await QueueItemAsync(id);
        // Invisible and bidi characters are stripped and spaces collapsed, as for chat.
        Assert.Equal("Thanks for the bits", item.GetProperty("text").GetString());
        Assert.Equal("bits", item.GetProperty("lane").GetString());
        Assert.Equal("webhook", item.GetProperty("origin").GetProperty("source").GetString());
        Assert.Equal("Viewer One", item.GetProperty("origin").GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task Post_RepeatedIdempotencyKey_ReturnsTheFirstItemAndAddsNone()
    {
        var key = $"retry-{Guid.NewGuid()}";
        var (firstStatus, _, first) = await PostAsync("{\"text\": \"Only once, please.\"}", key);
        var (againStatus, _, again) = await PostAsync($"{{\"text\": \"Only once, please.\", \"idempotencyKey\": \"{key}\"}}");

        Assert.Equal(HttpStatusCode.Accepted, firstStatus);
        Assert.Equal(HttpStatusCode.OK, againStatus);
        Assert.Equal(first.GetProperty("id").GetGuid(), again.GetProperty("id").GetGuid());
        Assert.True(again.GetProperty("duplicate").GetBoolean());
        var queue = await Http.GetFromJsonAsync<JsonElement>("/api/queue");
        Assert.Single(queue.EnumerateArray(), i => i.GetProperty("text").GetString() == "Only once, please.");
    }

    [Theory]
    [InlineData("{\"text\": 5}", "text", "text must be a JSON string (was number).")]
    [InlineData("{\"user\": \"viewer\"}", "text", "Text is empty.")]
    [InlineData("{\"text\": \"\\u200B\\u2060\"}", "text", "Text is empty.")]
    [InlineData("{\"text\": \"beep \\u0007\"}", "text", "Text contains the control character U+0007 at position 6.")]
    [InlineData("{\"text\": \"lone \\ud83d surrogate\"}", "text", "text contains an unpaired surrogate; text must be valid Unicode.")]
    [InlineData("{\"text\": \"This sentence is far longer than forty characters.\"}", "text", "Text is 50 characters long; the limit is 40.")]
    [InlineData("{\"text\": \"hi\", \"priority\": \"urgent\"}", "priority", "priority must be one of ordinary, moderator, channelPoints, bits (was 'urgent').")]
    [InlineData("{\"text\": \"hi\", \"priority\": \"7\"}", "priority", "priority must be one of ordinary, moderator, channelPoints, bits (was '7').")]
    [InlineData("{\"text\": \"hi\", \"voice\": \"espeak-ng:klingon\"}", "voice", "Unknown voice 'espeak-ng:klingon'. GET /api/voices lists the voices.")]
    [InlineData("{\"text\": \"hi\", \"user\": true}", "user", "user must be a JSON string (was true).")]
    [InlineData("{\"text\": \"hi\", \"idempotencyKey\": \" \"}", "idempotencyKey", "idempotencyKey must be 1 to 200 characters without control characters.")]
    [InlineData("[\"hi\"]", "body", "The request body must be a JSON object such as {\"user\": \"viewer\", \"text\": \"Hello\", \"priority\": \"ordinary\"}.")]
    [InlineData("not json", "body", "The request body is not valid JSON: ")]
    public async Task Post_BadInput_Returns400ProblemNamingTheField(string json, string field, string message)
    {
        var before = (await Http.GetFromJsonAsync<JsonElement>("/api/queue")).GetArrayLength();

        var (status, response, body) = await PostAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith(message, body.GetProperty("errors").GetProperty(field)[0].GetString());
        Assert.Equal(before, (await Http.GetFromJsonAsync<JsonElement>("/api/queue")).GetArrayLength());
    }

    [Fact]
    public async Task Post_InvalidUtf8_Returns400NamingTheBody()
    {
        var json = Encoding.UTF8.GetBytes("{\"text\": \"caf?\"}");
        json[Array.IndexOf(json, (byte)'?')] = 0xC3; // a lead byte with no continuation byte after it

        var (status, _, body) = await PostAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("The request body is not valid UTF-8.", body.GetProperty("errors").GetProperty("body")[0].GetString());
    }

    [Fact]
    public async Task Post_KeyInBodyAndHeaderDiffer_Returns400()
    {
        var (status, _, body) = await PostAsync("{\"text\": \"hi\", \"idempotencyKey\": \"a\"}", key: "b");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("idempotencyKey differs from the Idempotency-Key header; send one of them, or the same key in both.",
            body.GetProperty("errors").GetProperty("idempotencyKey")[0].GetString());
    }

    [Fact]
    public async Task Post_HtmlText_IsStoredAsTextNotMarkup()
    {
        const string html = "<script>alert(1)</script> & <b>hi</b>";

        var (status, _, body) = await PostAsync(JsonSerializer.Serialize(new { text = html }));

        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.Equal(html, (await QueueItemAsync(body.GetProperty("id").GetGuid())).GetProperty("text").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer wrong-token-0123456789abcdef")]
    [InlineData("Basic " + WebhookServerFixture.Token)]
    public async Task Post_MissingOrWrongToken_Returns401WithoutWaitingForTheBody(string? authorization)
    {
        // The body is announced but never sent: an answer proves the panel decided without reading it.
        var head = "POST /api/messages HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 1000"
            + (authorization is null ? "" : $"\r\nAuthorization: {authorization}");

        var (status, answer) = await RawHttp.SendAsync(server.Panel.BaseAddress, head, []);

        Assert.Equal(401, status);
        Assert.Contains("WWW-Authenticate: Bearer", answer);
    }

    [Fact]
    public async Task Post_ContentLengthOver16KiB_Returns413WithoutWaitingForTheBody()
    {
        var head = $"POST /api/messages HTTP/1.1\r\nAuthorization: Bearer {WebhookServerFixture.Token}\r\nContent-Type: application/json\r\nContent-Length: 16385";

        var (status, _) = await RawHttp.SendAsync(server.Panel.BaseAddress, head, []);

        Assert.Equal(413, status);
    }

    [Fact]
    public async Task Post_ChunkedBodyOver16KiB_Returns413WhileReading()
    {
        // No Content-Length: the limit has to hold while the body streams in.
        var head = $"POST /api/messages HTTP/1.1\r\nAuthorization: Bearer {WebhookServerFixture.Token}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked";
        var json = Encoding.ASCII.GetBytes($"{{\"text\": \"{new string('a', 17_000)}\"}}");
        var chunk = Encoding.ASCII.GetBytes($"{json.Length:X}\r\n").Concat(json).Concat("\r\n"u8.ToArray()).ToArray();

        var (status, _) = await RawHttp.SendAsync(server.Panel.BaseAddress, head, chunk);

        Assert.Equal(413, status);
    }
}
