using TtsPanel.App.Queue;

namespace TtsPanel.Web.Hubs;

/// <summary>A clip for an overlay: its queue item id, its text for captions, and a 16-bit mono WAV file.</summary>
public sealed record ClipDto(Guid Id, long Sequence, string Text, byte[] Wav)
{
    public static ClipDto From(QueueItem item) =>
        new(item.Id, item.Sequence, item.Text, item.Clip?.Wav ?? throw new ArgumentException($"Item {item.Id} has no clip.", nameof(item)));
}
