using TtsPanel.App.Queue;

namespace TtsPanel.Web.Hubs;

/// <summary>A queue item as the API and hub clients see it, without its audio.</summary>
public sealed record QueueItemDto(Guid Id, string Text, string Voice, QueueItemState State, string? Error,
    double? AudioSeconds, DateTimeOffset EnqueuedAt)
{
    public static QueueItemDto From(QueueItem item) =>
        new(item.Id, item.Text, item.VoiceId, item.State, item.Error, item.AudioSeconds, item.EnqueuedAt);
}
