namespace TtsPanel.App.Chat.YouTube;

/// <summary>
/// What an API error means for the chat, decided in one place: retry after a delay (the server is busy or asks to slow
/// down), the chat ended, or stop until the settings change, with the sentence the dashboard shows. Reasons are
/// Google's (<c>error.errors[].reason</c>), as listed for <c>liveChatMessages.list</c> and the API's common errors.
/// </summary>
internal sealed record YouTubeFailure(bool Retry, bool ChatEnded, string Sentence)
{
    public static YouTubeFailure From(YouTubeApiException error) => (error.StatusCode, error.Reason) switch
    {
        (_, "liveChatEnded") => new(Retry: false, ChatEnded: true, "the live chat ended"),
        (401, _) or (_, "keyInvalid" or "API_KEY_INVALID" or "keyExpired") =>
            Stopping($"YouTube refused the API key ({YouTubeOptions.Section}:ApiKey)"),
        (_, "quotaExceeded" or "dailyLimitExceeded") =>
            Stopping("the YouTube API quota of this key's Google Cloud project is used up for today; it resets at midnight Pacific time"),
        (429, _) or (_, "rateLimitExceeded" or "userRateLimitExceeded") =>
            Retrying($"YouTube asked to slow down ({error.Reason ?? "429"})"),
        (_, "accessNotConfigured" or "SERVICE_DISABLED") =>
            Stopping("the YouTube Data API v3 is not enabled for this key's Google Cloud project"),
        (_, "liveChatDisabled") => Stopping("the live chat is disabled for this stream"),
        (_, "liveChatNotFound") =>
            Stopping($"YouTube found no such live chat (check {YouTubeOptions.Section}:VideoId or {YouTubeOptions.Section}:LiveChatId)"),
        (403, _) => Stopping($"YouTube refused access to this live chat (403 {error.Reason ?? "forbidden"})"),
        (>= 500, _) => Retrying($"YouTube answered {error.StatusCode}"),
        _ => Stopping($"YouTube refused the request ({error.StatusCode} {error.Reason ?? "no reason"}: {error.ServerMessage})"),
    };

    private static YouTubeFailure Stopping(string sentence) => new(Retry: false, ChatEnded: false, sentence);

    private static YouTubeFailure Retrying(string sentence) => new(Retry: true, ChatEnded: false, sentence);
}
