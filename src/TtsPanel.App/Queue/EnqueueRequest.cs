using TtsPanel.App.Moderation;

namespace TtsPanel.App.Queue;

/// <summary>A validated message to add to the queue, with where it came from and how it waits.</summary>
/// <param name="Text">The text to speak, already validated.</param>
/// <param name="VoiceId">Engine-qualified voice id.</param>
public sealed record EnqueueRequest(string Text, string VoiceId)
{
    /// <summary>Where it came from; null (default) for the panel's own text box and <c>POST /api/speak</c>.</summary>
    public QueueItemOrigin? Origin { get; init; }

    /// <summary>Its priority; default <see cref="SpeechLane.Ordinary"/>.</summary>
    public SpeechLane Lane { get; init; } = SpeechLane.Ordinary;

    /// <summary>It is neither synthesized nor played before this time; null (default) for at once.</summary>
    public DateTimeOffset? HoldUntil { get; init; }

    /// <summary>
    /// A caller's key for this message (webhook retries): a second request with the same key gets the first item back,
    /// even after a restart, instead of a copy. Null (default) for none.
    /// </summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>Whether it waits in <see cref="QueueItemState.AwaitingApproval"/> for the streamer. Default false.</summary>
    public bool AwaitingApproval { get; init; }
}
