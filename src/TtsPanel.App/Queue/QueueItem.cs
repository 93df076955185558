using TtsPanel.App.Moderation;

namespace TtsPanel.App.Queue;

/// <summary>An immutable view of one message in the queue, as the dashboard, the API and the overlay see it.</summary>
/// <param name="Id">Stable id, also the clip id the overlay acknowledges.</param>
/// <param name="Sequence">Position in arrival order; within a lane, synthesis and playback follow it.</param>
/// <param name="Text">The validated text.</param>
/// <param name="VoiceId">Engine-qualified voice id.</param>
/// <param name="State">Where the item is in its life.</param>
/// <param name="EnqueuedAt">When it was accepted.</param>
/// <param name="Error">Why it failed, when <see cref="State"/> is <see cref="QueueItemState.Failed"/>.</param>
/// <param name="Clip">The synthesized audio while it is ready or playing; dropped once the item is finished.</param>
/// <param name="AudioSeconds">Length of the synthesized audio, kept after the clip is dropped.</param>
/// <param name="Attempts">Syntheses begun for this item, including one the panel stopped during; at most 2.</param>
/// <param name="Origin">Where it came from; null for the panel's own text box.</param>
/// <param name="Lane">Its priority: a higher lane is synthesized and played before a lower one.</param>
/// <param name="HoldUntil">Neither synthesized nor played before this time (the chat hold window); null for at once.</param>
/// <param name="IdempotencyKey">The caller's key that makes a repeated request return this item; null for none.</param>
public sealed record QueueItem(
    Guid Id,
    long Sequence,
    string Text,
    string VoiceId,
    QueueItemState State,
    DateTimeOffset EnqueuedAt,
    string? Error = null,
    Clip? Clip = null,
    double? AudioSeconds = null,
    int Attempts = 0,
    QueueItemOrigin? Origin = null,
    SpeechLane Lane = SpeechLane.Ordinary,
    DateTimeOffset? HoldUntil = null,
    string? IdempotencyKey = null);
