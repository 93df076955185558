using Microsoft.Extensions.Options;
using TtsPanel.App.Voices;

namespace TtsPanel.App.Queue;

/// <summary>The one way a message enters the queue: validated, given a voice, then queued or refused with a reason.</summary>
public sealed class SpeakService(SynthesisQueue queue, VoiceCatalog voices, IOptions<QueueOptions> options)
{
    /// <summary>
    /// Queues <paramref name="request"/>, stored before this returns; on refusal returns the error, counts its reason
    /// and leaves the queue as it was.
    /// </summary>
    /// <param name="describe">
    /// Adds what the panel's own text box has not (origin, lane, hold time, idempotency key, approval) to the
    /// validated request; null (default) for the text box and <c>POST /api/speak</c>.
    /// </param>
    public SpeakResult Speak(SpeakRequest request, Func<EnqueueRequest, EnqueueRequest>? describe = null)
    {
        if (TextRules.FindProblem(request.Text, options.Value.MaxTextLength) is { } problem)
            return Refuse(QueueRefusal.InvalidText, "text", problem);
        if (!voices.AnyAvailable)
            return Refuse(QueueRefusal.NoEngine, "voice", $"No speech engine is available. {voices.UnavailableReason}");

        var voice = string.IsNullOrWhiteSpace(request.Voice) ? voices.DefaultVoice : voices.Find(request.Voice.Trim());
        if (voice is null)
            return Refuse(QueueRefusal.UnknownVoice, "voice", $"Unknown voice '{request.Voice}'. GET /api/voices lists the voices.");

        var validated = new EnqueueRequest(TextRules.Normalize(request.Text!), voice.Id);
        var result = queue.Enqueue(describe?.Invoke(validated) ?? validated);
        return result.Item is { } item
            ? SpeakResult.Queued(item) with { IsDuplicate = result.IsDuplicate }
            : SpeakResult.Failed(new SpeakError(SpeakErrorKind.QueueFull, "queue",
                $"The queue is full (Queue:MaxItems is {options.Value.MaxItems}); try again once some messages have played."));
    }

    // A full queue counts itself in TryEnqueue, so callers that enqueue directly are counted too.
    private SpeakResult Refuse(QueueRefusal reason, string field, string message)
    {
        queue.Counters.Count(reason);
        return SpeakResult.Failed(new SpeakError(SpeakErrorKind.Invalid, field, message));
    }
}
