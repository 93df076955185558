using TtsPanel.App.Moderation;
using TtsPanel.App.Queue;

namespace TtsPanel.Web.Hubs;

/// <summary>A queue item as the API and hub clients see it, without its audio or idempotency key.</summary>
/// <param name="Origin">Where a chat or webhook message came from; null for the panel's own.</param>
/// <param name="HoldUntil">Not spoken before this time (the chat hold window); null when not held.</param>
public sealed record QueueItemDto(Guid Id, string Text, string Voice, QueueItemState State, string? Error,
    double? AudioSeconds, DateTimeOffset EnqueuedAt, SpeechLane Lane, QueueItemOrigin? Origin, DateTimeOffset? HoldUntil)
{
    public static QueueItemDto From(QueueItem item) =>
        new(item.Id, item.Text, item.VoiceId, item.State, item.Error, item.AudioSeconds, item.EnqueuedAt, item.Lane,
            item.Origin, item.HoldUntil);
}
