namespace TtsPanel.App.Queue;

/// <summary>Either the queued item or the reason it was refused.</summary>
public sealed record SpeakResult(QueueItem? Item, SpeakError? Error)
{
    public static SpeakResult Queued(QueueItem item) => new(item, null);

    public static SpeakResult Failed(SpeakError error) => new(null, error);
}
