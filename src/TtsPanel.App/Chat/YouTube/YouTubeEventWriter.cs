using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace TtsPanel.App.Chat.YouTube;

/// <summary>
/// Turns answered pages into chat events on a bounded channel: each item id once (a retried or overlapping page
/// repeats items), the first page's items remembered but not published, an event the buffer has no room for counted
/// in <paramref name="losses"/>.
/// </summary>
internal sealed class YouTubeEventWriter(
    YouTubeOptions options, IReadOnlyList<int> tierBits, TimeProvider time, ChatInputLosses losses, ILogger logger)
{
    private readonly MessageIdWindow _seen = new(options.DedupeCapacity, TimeSpan.FromSeconds(options.DedupeWindowSeconds), time);
    private readonly Channel<ChatEvent> _events =
        Channel.CreateBounded<ChatEvent>(new BoundedChannelOptions(options.EventBufferCapacity) { SingleWriter = true });
    private long _backlogSkipped;

    public ChannelReader<ChatEvent> Reader => _events.Reader;

    public long BacklogSkipped => Interlocked.Read(ref _backlogSkipped);

    /// <summary>Publishes the page's new items; true when one of them says the chat ended.</summary>
    /// <param name="backlog">True for the first page: its items are the history before the panel started, remembered but not published.</param>
    public bool Publish(YouTubeMessagePage page, bool backlog)
    {
        var ended = false;
        var receivedAt = time.GetUtcNow();
        foreach (var item in page.Items)
        {
            if (YouTubeJson.String(item, "id") is not { Length: > 0 } id)
            {
                logger.LogDebug("YouTube chat skipped an item without an id");
                continue;
            }

            if (!_seen.TryAdd(id))
            {
                logger.LogDebug("YouTube chat item {ItemId} was already delivered; skipped", id);
                continue;
            }

            if (backlog)
            {
                Interlocked.Increment(ref _backlogSkipped);
                continue;
            }

            if (YouTubeJson.String(item, "snippet", "type") == YouTubeMessageMapper.ChatEndedType)
                ended = true;
            else if (YouTubeMessageMapper.Map(item, tierBits, receivedAt) is { } chatEvent)
                Write(chatEvent);
        }

        return ended;
    }

    public void Complete() => _events.Writer.TryComplete();

    private void Write(ChatEvent chatEvent)
    {
        if (_events.Writer.TryWrite(chatEvent))
            return;
        losses.CountDropped();
        logger.LogWarning(
            "YouTube chat event buffer is full ({Capacity}); dropped a {EventType}", options.EventBufferCapacity, chatEvent.GetType().Name);
    }
}
