using Microsoft.Extensions.Logging;
using TtsPanel.App.Moderation;
using TtsPanel.App.Queue;
using TtsPanel.App.Tests.Fakes;
using TtsPanel.Engine.Audio;

namespace TtsPanel.App.Tests.Queue;

public sealed class SynthesisWorkerTests : IAsyncLifetime
{
    private readonly PanelFixture _panel = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _worker;

    public SynthesisWorkerTests() => _worker = _panel.Worker.RunAsync(_stop.Token);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        // A clip being delivered as the worker stops is still handed to the keeper; the worker ends before the keeper
        // drains and the data folder is deleted.
        await StoppedAsync(_worker);
        _stop.Dispose();
        await _panel.DisposeAsync();
    }

    /// <summary>Waits (at most 10 s) for a worker's run to end, however it ends.</summary>
    private static async Task StoppedAsync(Task worker) =>
        await worker.WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

    [Fact]
    public async Task RunAsync_ThreeMessages_SendsClipsInArrivalOrder()
    {
        var items = new[] { "one", "two", "three" }.Select(_panel.Enqueue).ToList();

        await _panel.WaitForAsync(items[^1].Id, i => i.State == QueueItemState.Ready);

        Assert.Equal(["one", "two", "three"], await _panel.WaitForSentClipsAsync(3));
        Assert.All(_panel.Queue.Snapshot(), i => Assert.Equal(QueueItemState.Ready, i.State));
    }

    [Fact]
    public async Task RunAsync_ReadyClip_IsKeptForRatingUnderItsRecordId()
    {
        var item = _panel.Enqueue("hello");

        var ready = await _panel.WaitForAsync(item.Id, i => i.State == QueueItemState.Ready);

        var record = _panel.History.Newest(0, 1).Single();
        Assert.Equal(ready.Clip!.Wav, await _panel.WaitForClipAsync(record.Id));
    }

    [Fact]
    public async Task RunAsync_ReadyClip_IsDeliveredBeforeItsFileIsWritten()
    {
        // The record is stored before delivery, so at the moment of sending the clip's path is known; its file must
        // not be there yet, or the write was on the path to first audio.
        var keptAtDelivery = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        _panel.Output.OnSend = _ => keptAtDelivery.TrySetResult(_panel.Clips.Exists(_panel.History.Newest(0, 1).Single().Id));

        var item = _panel.Enqueue("hello");

        Assert.False(await keptAtDelivery.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        var ready = await _panel.WaitForAsync(item.Id, i => i.State == QueueItemState.Ready);
        Assert.Equal(ready.Clip!.Wav, await _panel.WaitForClipAsync(_panel.History.Newest(0, 1).Single().Id));
    }

    [Fact]
    public async Task RunAsync_ClipFolderCannotBeWritten_LogsThePathAndTheItemsStillPlay()
    {
        // A file where the clip folder should be makes every save fail, as a read-only or full disk would.
        await File.WriteAllBytesAsync(_panel.Clips.Folder, []);
        var first = _panel.Enqueue("one");
        var second = _panel.Enqueue("two");

        await _panel.WaitForAsync(second.Id, i => i.State == QueueItemState.Ready);
        _panel.Playback.ClipStarted(first.Id);
        _panel.Playback.ClipFinished(first.Id);

        Assert.Equal(QueueItemState.Done, _panel.Queue.Find(first.Id)!.State);
        Assert.Equal(["one", "two"], await _panel.WaitForSentClipsAsync(2));
        var records = _panel.History.Newest(0, 10);
        Assert.Equal(2, records.Count);
        var warnings = await WaitForKeeperWarningsAsync(2);
        Assert.All(records, r => Assert.Contains(warnings,
            w => w.StartsWith($"Clip of record {r.Id} not kept for rating at {_panel.Clips.PathOf(r.Id)}: ", StringComparison.Ordinal)));
    }

    /// <summary>Waits (at most 10 s) until the clip keeper logged <paramref name="count"/> warnings.</summary>
    private async Task<List<string>> WaitForKeeperWarningsAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var warnings = _panel.KeeperLog.Entries.Where(e => e.Level == LogLevel.Warning).Select(e => e.Message).ToList();
            if (warnings.Count >= count)
                return warnings;
            await Task.Delay(10, timeout.Token);
        }
    }

    [Fact]
    public async Task RunAsync_ReadyClip_IsAWavOfTheSynthesizedLength()
    {
        var item = _panel.Enqueue("abcd");

        var ready = await _panel.WaitForAsync(item.Id, i => i.State == QueueItemState.Ready);

        var audio = WavDecoder.Decode(ready.Clip!.Wav);
        Assert.Equal(24_000, audio.SampleRateHz);
        Assert.Equal(0.4, audio.Seconds, precision: 3);
        Assert.Equal(0.4, ready.Clip.AudioSeconds, precision: 3);
        Assert.Equal(0.4, ready.AudioSeconds!.Value, precision: 3);
    }

    [Fact]
    public async Task RunAsync_FailingMessage_IsMarkedFailedWithTheErrorAndTheQueueMovesOn()
    {
        var failing = _panel.Enqueue("please fail");
        var next = _panel.Enqueue("next");

        await _panel.WaitForAsync(next.Id, i => i.State == QueueItemState.Ready);

        var failed = _panel.Queue.Find(failing.Id)!;
        Assert.Equal(QueueItemState.Failed, failed.State);
        Assert.Equal("Tone engine cannot say 'please fail'.", failed.Error);
        Assert.Equal(2, failed.Attempts);
        Assert.Equal(["next"], await _panel.WaitForSentClipsAsync(1));
    }

    [Fact]
    public async Task RunAsync_FailingMessage_IsStoredAsFailedWithTheErrorAndItsAttempts()
    {
        var failing = _panel.Enqueue("please fail");

        await _panel.WaitForAsync(failing.Id, i => i.State == QueueItemState.Failed);

        var stored = _panel.Database.Database.GetCollection(QueueStore.FinishedCollection).FindById(failing.Id);
        Assert.Equal(("Failed", "Tone engine cannot say 'please fail'.", 2),
            (stored["State"].AsString, stored["Error"].AsString, stored["Attempts"].AsInt32));
        Assert.Null(_panel.Database.Database.GetCollection(QueueStore.LiveCollection).FindById(failing.Id));
    }

    [Fact]
    public async Task RunAsync_MessageFailingOnce_IsReadyAfterItsSecondAttempt()
    {
        var flaky = _panel.Enqueue("flaky");

        var ready = await _panel.WaitForAsync(flaky.Id, i => i.State == QueueItemState.Ready);

        Assert.Equal((2, null), (ready.Attempts, ready.Error));
        Assert.Equal(["flaky"], await _panel.WaitForSentClipsAsync(1));
    }

    [Fact]
    public async Task RunAsync_StoppedDuringSynthesis_LeavesTheItemPendingWithTheAttemptGivenBack()
    {
        var slow = _panel.Enqueue("slow one");
        await _panel.WaitForAsync(slow.Id, i => i.State == QueueItemState.Synthesizing);

        await _stop.CancelAsync();

        var pending = await _panel.WaitForAsync(slow.Id, i => i.State == QueueItemState.Pending);
        Assert.Equal(0, pending.Attempts);
    }

    [Fact]
    public async Task RunAsync_Synthesis_IsRecordedInHistoryWithItsRtf()
    {
        var item = _panel.Enqueue("hello");

        await _panel.WaitForAsync(item.Id, i => i.State == QueueItemState.Ready);

        var record = Assert.Single(_panel.History.Newest(0, 10));
        Assert.Equal(item.Id, record.QueueItemId);
        Assert.Equal("tone", record.Engine);
        Assert.Equal(0.5, record.AudioSeconds, precision: 3);
        Assert.True(record.Rtf > 0);
        Assert.Equal(record.SynthesisMs / 1000 / record.AudioSeconds, record.Rtf, precision: 9);
        Assert.InRange(record.TimeToFirstAudioMs, 0.0001, record.SynthesisMs);
        Assert.Equal(["tone"], record.StageMs.Keys);
        Assert.Equal(("CPU", "test CPU", "fp32"), (record.Provider, record.Device, record.Precision));
    }

    [Fact]
    public async Task RunAsync_Synthesis_IsRecordedWithItsSizeConfigurationAndQueueWait()
    {
        var slow = _panel.Enqueue("slow one");
        var item = _panel.Enqueue("héllo");
        await _panel.WaitForAsync(slow.Id, i => i.State == QueueItemState.Synthesizing);
        _panel.Time.Advance(TimeSpan.FromSeconds(3));
        ((ToneEngine)_panel.Engine).ReleaseSlow();

        await _panel.WaitForAsync(item.Id, i => i.State == QueueItemState.Ready);

        var record = _panel.History.Newest(0, 10).Single(r => r.QueueItemId == item.Id);
        Assert.Equal((5, 6), (record.TextCharacters, record.TextBytes));
        Assert.Equal(3000, record.QueueWaitMs, precision: 6);
        Assert.Equal(1, record.ChunkCount);
        Assert.Null(record.RunId);
        Assert.Equal(12, record.ConfigurationId.Length);
        Assert.Equal("tone", _panel.History.FindConfiguration(record.ConfigurationId)!.Engine);
        Assert.False(string.IsNullOrEmpty(record.AppVersion));
    }

    [Fact]
    public async Task RunAsync_MessageRemovedWhileSynthesizing_IsCancelledAndNeverSent()
    {
        var slow = _panel.Enqueue("slow one");
        var next = _panel.Enqueue("after");
        await _panel.WaitForAsync(slow.Id, i => i.State == QueueItemState.Synthesizing);

        await _panel.Playback.RemoveAsync(slow.Id, CancellationToken.None);

        await _panel.WaitForAsync(next.Id, i => i.State == QueueItemState.Ready);
        Assert.Equal(QueueItemState.Removed, _panel.Queue.Find(slow.Id)!.State);
        Assert.Equal(["after"], await _panel.WaitForSentClipsAsync(1));
        Assert.DoesNotContain(_panel.History.Newest(0, 10), r => r.Text == "slow one");
    }

    [Fact]
    public async Task RunAsync_BitsMessageArrivingWhileBusy_IsSynthesizedAndSentBeforeEarlierOrdinaryOnes()
    {
        var slow = _panel.Enqueue("slow one");
        await _panel.WaitForAsync(slow.Id, i => i.State == QueueItemState.Synthesizing);
        var ordinary = _panel.Queue.Enqueue(new EnqueueRequest("ordinary", ToneEngine.Voice.Id)).Item!;
        var bits = _panel.Queue.Enqueue(new EnqueueRequest("bits", ToneEngine.Voice.Id) { Lane = SpeechLane.Bits }).Item!;

        ((ToneEngine)_panel.Engine).ReleaseSlow();

        Assert.Equal(["slow one", "bits", "ordinary"], await _panel.WaitForSentClipsAsync(3));
        Assert.Equal([slow.Id, bits.Id, ordinary.Id], _panel.Queue.ItemsWithClips().Select(i => i.Id));
    }

    [Fact]
    public async Task RunAsync_HeldItem_IsSynthesizedOnlyOnceItsHoldTimeCame()
    {
        var held = _panel.Queue.Enqueue(new EnqueueRequest("held", ToneEngine.Voice.Id) { HoldUntil = _panel.Time.GetUtcNow().AddSeconds(10) }).Item!;
        _panel.Enqueue("free");
        await _panel.WaitForSentClipsAsync(1);
        Assert.Equal(QueueItemState.Pending, _panel.Queue.Find(held.Id)!.State);

        _panel.Time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(["free", "held"], await _panel.WaitForSentClipsAsync(2));
    }

    [Fact]
    public async Task RunAsync_WithMaxClipsAhead_ABitsMessageGoesAheadOfOrdinaryOnesNotYetMade()
    {
        await using var panel = new PanelFixture(new QueueOptions { MaxClipsAhead = 1 });
        using var stop = new CancellationTokenSource();
        var worker = panel.Worker.RunAsync(stop.Token);
        var first = panel.Enqueue("first");
        await panel.WaitForSentClipsAsync(1);
        panel.Enqueue("ordinary");
        panel.Queue.Enqueue(new EnqueueRequest("bits", ToneEngine.Voice.Id) { Lane = SpeechLane.Bits });

        panel.Playback.ClipStarted(first.Id);
        panel.Playback.ClipFinished(first.Id);
        var second = await panel.WaitForSentClipsAsync(2);
        panel.Playback.ClipStarted(panel.Output.SentClips[1].Id);
        panel.Playback.ClipFinished(panel.Output.SentClips[1].Id);

        Assert.Equal(["first", "bits"], second);
        Assert.Equal(["first", "bits", "ordinary"], await panel.WaitForSentClipsAsync(3));
        await stop.CancelAsync();
        await StoppedAsync(worker);
    }
}
