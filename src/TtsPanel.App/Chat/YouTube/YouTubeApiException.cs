namespace TtsPanel.App.Chat.YouTube;

/// <summary>YouTube answered with an error status; <see cref="Reason"/> is Google's error reason, e.g. <c>quotaExceeded</c>.</summary>
public sealed class YouTubeApiException(int statusCode, string? reason, string serverMessage)
    : Exception($"YouTube answered {statusCode} ({reason ?? "no reason given"}): {serverMessage}")
{
    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; } = statusCode;

    /// <summary>The first <c>error.errors[].reason</c> (or <c>error.details[].reason</c>) of the body; null when the body names none.</summary>
    public string? Reason { get; } = reason;

    /// <summary>The body's <c>error.message</c>, with the API key removed should it ever appear.</summary>
    public string ServerMessage { get; } = serverMessage;
}
