using Microsoft.Extensions.Logging;
using TtsPanel.App.History;
using TtsPanel.App.Playback;
using TtsPanel.App.Tracker;
using TtsPanel.App.Voices;
using TtsPanel.Engine.Abstractions;
using TtsPanel.Engine.Audio;

namespace TtsPanel.App.Queue;

/// <summary>
/// Synthesizes pending items one at a time in the queue's order (lane, then arrival; none before its hold time), records each synthesis in the history and hands the clip
/// to playback. It runs ahead of playback: the next clip is made while the current one plays.
/// </summary>
public sealed class SynthesisWorker(
    SynthesisQueue queue,
    VoiceCatalog voices,
    HistoryRepository history,
    ConfigurationSource configurations,
    ClipKeeper clips,
    PlaybackCoordinator playback,
    TimeProvider time,
    ILogger<SynthesisWorker> logger)
{
    /// <summary>Processes pending items until <paramref name="stoppingToken"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        while (true)
            await ProcessAsync(await queue.NextPendingAsync(stoppingToken), stoppingToken);
    }

    private async Task ProcessAsync(Guid itemId, CancellationToken stoppingToken)
    {
        // The attempt is counted (and stored) before synthesis starts, so a message that takes the process down with
        // it is counted too; see SynthesisQueue's resume.
        var item = queue.Transition(itemId, s => s == QueueItemState.Pending,
            i => i with { State = QueueItemState.Synthesizing, Attempts = i.Attempts + 1 });
        if (item is null)
            return; // removed or cleared while it waited
        var voice = voices.Find(item.VoiceId);
        if (voice is null)
        {
            Fail(itemId, $"Voice '{item.VoiceId}' is no longer available.");
            return;
        }

        var queueWait = time.GetUtcNow() - item.EnqueuedAt;
        while (true)
        {
            var (result, error) = await SynthesizeAsync(item, voice, stoppingToken);
            if (result is not null)
            {
                await DeliverAsync(item, voice, result, queueWait, stoppingToken);
                return;
            }

            if (error is null)
                return; // the streamer removed the item mid-synthesis
            if (item.Attempts >= SynthesisQueue.MaxSynthesisAttempts)
            {
                Fail(itemId, error);
                return;
            }

            logger.LogWarning("Synthesis {ItemId} failed on attempt {Attempt}, trying again: {Error}", itemId, item.Attempts, error);
            item = queue.Transition(itemId, s => s == QueueItemState.Synthesizing, i => i with { Attempts = i.Attempts + 1 });
            if (item is null)
                return;
        }
    }

    /// <summary>One synthesis attempt: the result, or the error that failed it, or neither when the item was removed.</summary>
    private async Task<(SynthesisResult? Result, string? Error)> SynthesizeAsync(QueueItem item, VoiceInfo voice, CancellationToken stoppingToken)
    {
        using var itemCancellation = new ItemCancellation(queue, item.Id, stoppingToken);
        try
        {
            var result = await voices.EngineFor(voice).SynthesizeAsync(new SynthesisRequest(item.Text, voice), itemCancellation.Token);
            return result.Samples.Length == 0 ? (null, "The engine produced no audio for this text.") : (result, null);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The panel is stopping: not the message's fault, so the attempt is given back and it waits for the next run.
            queue.Transition(item.Id, s => s == QueueItemState.Synthesizing,
                i => i with { State = QueueItemState.Pending, Attempts = i.Attempts - 1 });
            throw;
        }
        catch (OperationCanceledException)
        {
            return (null, null);
        }
        catch (Exception e)
        {
            // Any engine failure belongs to this one message: it is retried or marked failed, and the queue moves on.
            logger.LogError(e, "Synthesis {ItemId} failed", item.Id);
            return (null, e.Message);
        }
    }

    private async Task DeliverAsync(QueueItem item, VoiceInfo voice, SynthesisResult result, TimeSpan queueWait, CancellationToken stoppingToken)
    {
        var engine = voices.EngineFor(voice);
        var configuration = configurations.For(engine);
        var context = new RecordContext(time.GetUtcNow().UtcDateTime, item.Id, queueWait, RunId: null);
        var record = context.ToRecord(item.Text, voice, configuration, engine.Runtime, result);
        history.Add(record, configuration);
        var clip = new Clip(WavEncoder.EncodePcm16(result.Samples, result.SampleRateHz), result.AudioSeconds, result.SynthesisTime);
        var ready = queue.Transition(item.Id, s => s == QueueItemState.Synthesizing,
            i => i with { State = QueueItemState.Ready, Clip = clip, AudioSeconds = clip.AudioSeconds });
        if (ready is not null)
            await playback.ClipReadyAsync(ready, stoppingToken);
        // Kept for the History page's rating only after the overlays have it: the file write and the retention prune
        // run on the keeper's background writer, not between synthesis and first audio. A clip whose item was removed
        // mid-delivery is kept too, since its synthesis is recorded.
        clips.Keep(record.Id, clip.Wav);
    }

    private void Fail(Guid itemId, string error) =>
        queue.Transition(itemId, s => s == QueueItemState.Synthesizing, i => i with { State = QueueItemState.Failed, Error = error });
}
