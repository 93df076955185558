using Microsoft.Extensions.Logging;
using TtsPanel.App.History;
using TtsPanel.App.Playback;
using TtsPanel.App.Voices;
using TtsPanel.Engine.Abstractions;
using TtsPanel.Engine.Audio;

namespace TtsPanel.App.Queue;

/// <summary>
/// Synthesizes pending items one at a time in arrival order, records each synthesis in the history and hands the clip
/// to playback. It runs ahead of playback: the next clip is made while the current one plays.
/// </summary>
public sealed class SynthesisWorker(
    SynthesisQueue queue,
    VoiceCatalog voices,
    HistoryRepository history,
    PlaybackCoordinator playback,
    TimeProvider time,
    ILogger<SynthesisWorker> logger)
{
    /// <summary>Processes pending items until <paramref name="stoppingToken"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        await foreach (var itemId in queue.PendingIds.ReadAllAsync(stoppingToken))
            await ProcessAsync(itemId, stoppingToken);
    }

    private async Task ProcessAsync(Guid itemId, CancellationToken stoppingToken)
    {
        var item = queue.Transition(itemId, s => s == QueueItemState.Pending, i => i with { State = QueueItemState.Synthesizing });
        if (item is null)
            return; // removed or cleared while it waited
        var voice = voices.Find(item.VoiceId);
        if (voice is null)
        {
            Fail(itemId, $"Voice '{item.VoiceId}' is no longer available.");
            return;
        }

        SynthesisResult result;
        using (var itemCancellation = new ItemCancellation(queue, itemId, stoppingToken))
        {
            try
            {
                result = await voices.EngineFor(voice).SynthesizeAsync(new SynthesisRequest(item.Text, voice), itemCancellation.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                return; // the streamer removed the item mid-synthesis
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Any engine failure belongs to this one message: mark it failed and keep the queue moving.
                logger.LogError(e, "Synthesis {ItemId} failed", itemId);
                Fail(itemId, e.Message);
                return;
            }
        }

        if (result.Samples.Length == 0)
        {
            Fail(itemId, "The engine produced no audio for this text.");
            return;
        }

        history.Add(ToRecord(item, voice, voices.EngineFor(voice).Runtime, result));
        var clip = new Clip(WavEncoder.EncodePcm16(result.Samples, result.SampleRateHz), result.AudioSeconds, result.SynthesisTime);
        var ready = queue.Transition(itemId, s => s == QueueItemState.Synthesizing, i => i with { State = QueueItemState.Ready, Clip = clip, AudioSeconds = clip.AudioSeconds });
        if (ready is not null)
            await playback.ClipReadyAsync(ready, stoppingToken);
    }

    private void Fail(Guid itemId, string error) =>
        queue.Transition(itemId, s => s == QueueItemState.Synthesizing, i => i with { State = QueueItemState.Failed, Error = error });

    private SynthesisRecord ToRecord(QueueItem item, VoiceInfo voice, EngineRuntime? runtime, SynthesisResult result) => new()
    {
        Id = Guid.NewGuid(),
        CreatedAt = time.GetUtcNow().UtcDateTime,
        QueueItemId = item.Id,
        Text = item.Text,
        VoiceId = voice.Id,
        Engine = voice.Engine,
        Provider = runtime?.Provider ?? "",
        Device = runtime?.Device ?? "",
        Precision = runtime?.Precision ?? "",
        AudioSeconds = result.AudioSeconds,
        SynthesisMs = result.SynthesisTime.TotalMilliseconds,
        TimeToFirstAudioMs = result.TimeToFirstAudio.TotalMilliseconds,
        Rtf = result.RealTimeFactor,
        StageMs = result.Timings.Stages.ToDictionary(s => s.Key, s => s.Value.TotalMilliseconds),
    };
}
