using System.Net;
using System.Text.Json;

namespace TtsPanel.App.Chat.YouTube;

/// <summary>
/// The two YouTube Data API calls the chat needs. The API key travels in the <c>X-goog-api-key</c> header, never in
/// the address, so no URL that reaches a log or an exception message carries it. An error status becomes a
/// <see cref="YouTubeApiException"/>, a body that is not the documented JSON a <see cref="JsonException"/>.
/// </summary>
internal sealed class YouTubeApi(HttpClient http, string apiKey)
{
    /// <summary>Quota units of one <c>liveChatMessages.list</c> call (YouTube's quota table).</summary>
    public const int ListMessagesCost = 5;

    /// <summary>Quota units of one <c>videos.list</c> call.</summary>
    public const int VideoLookupCost = 1;

    public async Task<YouTubeLiveDetails> GetLiveDetailsAsync(string videoId, CancellationToken cancellationToken)
    {
        using var document = await GetAsync($"videos?part=liveStreamingDetails&id={Uri.EscapeDataString(videoId)}", cancellationToken);
        var items = Items(document.RootElement);
        if (items.Count == 0)
            return new YouTubeLiveDetails(Found: false, IsLiveStream: false, ActiveLiveChatId: null, EndedAt: null);
        var details = YouTubeJson.At(items[0], "liveStreamingDetails");
        return new YouTubeLiveDetails(
            Found: true,
            IsLiveStream: details is { ValueKind: JsonValueKind.Object },
            ActiveLiveChatId: YouTubeJson.String(items[0], "liveStreamingDetails", "activeLiveChatId"),
            EndedAt: YouTubeJson.Time(items[0], "liveStreamingDetails", "actualEndTime"));
    }

    public async Task<YouTubeMessagePage> ListMessagesAsync(string liveChatId, string? pageToken, CancellationToken cancellationToken)
    {
        var query = $"liveChat/messages?part=snippet,authorDetails&liveChatId={Uri.EscapeDataString(liveChatId)}";
        if (pageToken is not null)
            query += $"&pageToken={Uri.EscapeDataString(pageToken)}";
        using var document = await GetAsync(query, cancellationToken);
        var root = document.RootElement;
        var interval = YouTubeJson.Long(root, "pollingIntervalMillis");
        if (YouTubeJson.At(root, "nextPageToken") is { ValueKind: not JsonValueKind.String })
            throw new JsonException("The response's nextPageToken is not a string.");
        return new YouTubeMessagePage(
            Items(root),
            YouTubeJson.String(root, "nextPageToken"),
            interval is >= 0 ? TimeSpan.FromMilliseconds(interval.Value) : null,
            YouTubeJson.Time(root, "offlineAt"));
    }

    /// <summary>The <c>items</c> list, each element detached from the document; a response without one is malformed.</summary>
    private static List<JsonElement> Items(JsonElement root)
    {
        if (YouTubeJson.At(root, "items") is not { ValueKind: JsonValueKind.Array } items)
            throw new JsonException("The response has no 'items' list.");
        return items.EnumerateArray().Select(item => item.Clone()).ToList();
    }

    private async Task<JsonDocument> GetAsync(string relativeUri, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, relativeUri);
        request.Headers.Add("X-goog-api-key", apiKey);
        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw Error(response.StatusCode, body);
        var document = JsonDocument.Parse(body);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw new JsonException("The response is not a JSON object.");
        }

        return document;
    }

    /// <summary>Reads Google's error body (<c>{"error": {"code", "message", "errors": [{"reason"}]}}</c>); a body of another shape still gives the status.</summary>
    private YouTubeApiException Error(HttpStatusCode status, string body)
    {
        string? reason = null;
        var message = "";
        try
        {
            using var document = JsonDocument.Parse(body);
            var error = document.RootElement;
            message = YouTubeJson.String(error, "error", "message") ?? "";
            reason = FirstReason(YouTubeJson.At(error, "error", "errors")) ?? FirstReason(YouTubeJson.At(error, "error", "details"));
        }
        catch (JsonException)
        {
            // An error page from a proxy or load balancer: the status alone has to do.
        }

        // Google does not echo keys in messages; removing it anyway costs nothing and keeps a surprise out of the logs.
        return new YouTubeApiException((int)status, reason, message.Replace(apiKey, "***", StringComparison.Ordinal));
    }

    private static string? FirstReason(JsonElement? list) =>
        list is { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray().Select(entry => YouTubeJson.String(entry, "reason")).FirstOrDefault(r => !string.IsNullOrEmpty(r))
            : null;
}
