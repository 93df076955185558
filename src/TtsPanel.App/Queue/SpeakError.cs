namespace TtsPanel.App.Queue;

/// <summary>Why a message was not queued. Nothing already queued is affected by a refusal.</summary>
/// <param name="Kind">Whether the message itself was wrong or the queue had no room.</param>
/// <param name="Field">The request field at fault (<c>text</c>, <c>voice</c> or <c>queue</c>).</param>
/// <param name="Message">A sentence for the streamer, shown in the UI and returned by the API word for word.</param>
public sealed record SpeakError(SpeakErrorKind Kind, string Field, string Message);

public enum SpeakErrorKind
{
    /// <summary>The message is malformed or names an unknown voice, or nothing can speak.</summary>
    Invalid,

    /// <summary>The queue holds its maximum of unfinished items.</summary>
    QueueFull,
}
