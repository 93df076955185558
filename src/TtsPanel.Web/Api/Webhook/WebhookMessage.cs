using TtsPanel.App.Moderation;

namespace TtsPanel.Web.Api.Webhook;

/// <summary>A webhook request's fields, read and checked for shape; the text itself is checked when it is queued.</summary>
/// <param name="User">The name the message is from, cleaned; "webhook" when none was sent.</param>
/// <param name="Text">What to say, as sent; null when missing.</param>
/// <param name="Lane">The queue lane <c>priority</c> names; <see cref="SpeechLane.Ordinary"/> when none.</param>
/// <param name="Voice">Voice id; null for the default voice.</param>
/// <param name="IdempotencyKey">The caller's key from the body or the <c>Idempotency-Key</c> header; null for none.</param>
public sealed record WebhookMessage(string User, string? Text, SpeechLane Lane, string? Voice, string? IdempotencyKey);
