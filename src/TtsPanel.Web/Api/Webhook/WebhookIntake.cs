using Microsoft.Extensions.Options;
using TtsPanel.App.Moderation;
using TtsPanel.App.Queue;

namespace TtsPanel.Web.Api.Webhook;

/// <summary>
/// Queues a webhook message. Its caller holds the token, so it is the streamer's own tool and chat moderation's
/// triggers, throttles, banned words and approval do not apply; its text gets the queue's checks (empty, controls,
/// unpaired surrogates, <c>Queue:MaxTextLength</c>, refused rather than cut) and chat's cleaning of invisible
/// characters, so it reads like chat.
/// </summary>
public sealed class WebhookIntake(SpeakService speech, IOptions<QueueOptions> queue)
{
    /// <summary>The source name in a webhook item's origin.</summary>
    public const string Source = "webhook";

    /// <summary>Put before a caller's idempotency key, so it never matches a chat source's key.</summary>
    public const string KeyPrefix = "webhook:";

    /// <summary>Queues <paramref name="message"/>, stored before this returns, or returns why not, as <see cref="SpeakService"/> does.</summary>
    public SpeakResult Accept(WebhookMessage message)
    {
        // Text with a problem goes to the queue's checks as sent, so the error names the character the caller wrote;
        // clean text may still come out empty (only zero-width characters), which those checks then refuse.
        var text = TextRules.FindProblem(message.Text, queue.Value.MaxTextLength) is null
            ? TextCleaner.CollapseWhitespace(TextCleaner.StripInvisible(message.Text!))
            : message.Text;
        return speech.Speak(new SpeakRequest(text, message.Voice), request => request with
        {
            Origin = new QueueItemOrigin(Source, Source, message.IdempotencyKey, UserId: null,
                message.User.ToLowerInvariant(), message.User),
            Lane = message.Lane,
            IdempotencyKey = message.IdempotencyKey is { } key ? KeyPrefix + key : null,
        });
    }
}
