using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TtsPanel.App.Moderation;
using TtsPanel.App.Queue;
using TtsPanel.App.Storage;

namespace TtsPanel.App.Tests.Queue;

/// <summary>The queue over a real LiteDB file in a temporary folder; "restart" is a new queue over the same file.</summary>
public sealed class SynthesisQueueTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ttspanel-queue-").FullName;
    private readonly List<PanelDatabase> _databases = [];

    public void Dispose()
    {
        foreach (var database in _databases)
            database.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));

    private StorageOptions Storage => new() { DataDirectory = _directory };

    private SynthesisQueue CreateQueue(int maxItems = 10, int finishedShown = 20, int maxClipsAhead = 0)
    {
        var database = new PanelDatabase(Options.Create(Storage));
        _databases.Add(database);
        return new SynthesisQueue(Options.Create(new QueueOptions { MaxItems = maxItems, FinishedItemsShown = finishedShown, MaxClipsAhead = maxClipsAhead }),
            new QueueStore(database, NullLogger<QueueStore>.Instance), _time, NullLogger<SynthesisQueue>.Instance);
    }

    /// <summary>Closes the database as a stopping panel does and opens a new queue over the same file.</summary>
    private SynthesisQueue Restart()
    {
        _databases[^1].Dispose();
        _databases.RemoveAt(_databases.Count - 1);
        return CreateQueue();
    }

    /// <summary>Closes the queue's database and opens the file with LiteDB alone, as an outside reader would.</summary>
    private LiteDatabase CloseAndOpenFile()
    {
        foreach (var database in _databases)
            database.Dispose();
        _databases.Clear();
        return new LiteDatabase($"Filename={Storage.DatabasePath}");
    }

    /// <summary>
    /// Takes items as the worker does (moving each to synthesizing) until none is ready to go now; the pick runs
    /// before the first wait, so an unfinished task means nothing can be taken yet.
    /// </summary>
    private static async Task<List<Guid>> TakeAllAsync(SynthesisQueue queue)
    {
        var taken = new List<Guid>();
        using var stop = new CancellationTokenSource();
        while (true)
        {
            var next = queue.NextPendingAsync(stop.Token);
            if (!next.IsCompleted)
            {
                await stop.CancelAsync();
                await Assert.ThrowsAnyAsync<OperationCanceledException>(() => next);
                return taken;
            }

            var id = await next;
            queue.Transition(id, s => s == QueueItemState.Pending, i => i with { State = QueueItemState.Synthesizing });
            taken.Add(id);
        }
    }

    private static EnqueueRequest Chat(string text, SpeechLane lane = SpeechLane.Ordinary) => new(text, "v:a")
    {
        Origin = new QueueItemOrigin("twitch", "#chan", $"id-{text}", $"user-{text}", text, text.ToUpperInvariant()),
        Lane = lane,
    };

    [Fact]
    public void TryEnqueue_WhenFull_ReturnsNullCountsTheRefusalAndKeepsTheQueue()
    {
        var queue = CreateQueue(maxItems: 2);
        queue.TryEnqueue("one", "v:a");
        queue.TryEnqueue("two", "v:a");

        var third = queue.TryEnqueue("three", "v:a");

        Assert.Null(third);
        Assert.Equal(["one", "two"], queue.Snapshot().Select(i => i.Text));
        Assert.Equal(1, queue.Counters[QueueRefusal.QueueFull]);
    }

    [Fact]
    public void TryEnqueue_AfterAnItemFinished_HasRoomAgain()
    {
        var queue = CreateQueue(maxItems: 1);
        var first = queue.TryEnqueue("one", "v:a")!;
        queue.Transition(first.Id, _ => true, i => i with { State = QueueItemState.Done });

        Assert.NotNull(queue.TryEnqueue("two", "v:a"));
    }

    [Fact]
    public void TryEnqueue_Accepted_IsInTheFileBeforeItReturns()
    {
        var queue = CreateQueue();

        var item = queue.TryEnqueue("kept", "v:a")!;

        // A copy of the files taken now is what a crash at this moment would leave on disk (the lock file holds no data).
        var copy = Directory.CreateDirectory(Path.Combine(_directory, "copy")).FullName;
        foreach (var file in Directory.GetFiles(_directory).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal)))
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        using var crashed = new LiteDatabase($"Filename={Path.Combine(copy, Path.GetFileName(Storage.DatabasePath))}");
        var stored = crashed.GetCollection(QueueStore.LiveCollection).FindById(item.Id);
        Assert.Equal(("kept", "Pending"), (stored["Text"].AsString, stored["State"].AsString));
    }

    [Fact]
    public async Task NextPendingAsync_OneLane_YieldsArrivalOrder()
    {
        var queue = CreateQueue();
        var ids = new[] { "a", "b", "c" }.Select(t => queue.TryEnqueue(t, "v:a")!.Id).ToList();

        Assert.Equal(ids, await TakeAllAsync(queue));
        Assert.Equal([0L, 1L, 2L], queue.Snapshot().Select(i => i.Sequence));
    }

    [Fact]
    public async Task NextPendingAsync_MixedLanes_YieldsHigherLanesFirstAndArrivalOrderWithinALane()
    {
        var queue = CreateQueue();
        var lanes = new[] { SpeechLane.Ordinary, SpeechLane.Bits, SpeechLane.Moderator, SpeechLane.Ordinary, SpeechLane.Bits, SpeechLane.ChannelPoints };
        var items = lanes.Select((lane, i) => queue.Enqueue(Chat($"m{i}", lane)).Item!).ToList();

        var taken = await TakeAllAsync(queue);

        Assert.Equal(["m1", "m4", "m5", "m2", "m0", "m3"], taken.Select(id => items.Single(i => i.Id == id).Text));
    }

    [Fact]
    public async Task NextPendingAsync_WhileWaiting_WakesForANewItem()
    {
        var queue = CreateQueue();
        var next = queue.NextPendingAsync(CancellationToken.None);
        Assert.False(next.IsCompleted);

        var item = queue.TryEnqueue("late", "v:a")!;

        Assert.Equal(item.Id, await next.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task NextPendingAsync_HeldItem_WaitsForItsHoldTimeWhileOthersGo()
    {
        var queue = CreateQueue();
        var held = queue.Enqueue(Chat("held", SpeechLane.Bits) with { HoldUntil = _time.GetUtcNow().AddSeconds(5) }).Item!;
        var free = queue.TryEnqueue("free", "v:a")!;

        Assert.Equal([free.Id], await TakeAllAsync(queue));
        var next = queue.NextPendingAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(4));
        Assert.False(next.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(held.Id, await next.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task NextPendingAsync_AwaitingApproval_IsTakenOnlyOnceApproved()
    {
        var queue = CreateQueue();
        var item = queue.Enqueue(Chat("to approve") with { AwaitingApproval = true }).Item!;
        var next = queue.NextPendingAsync(CancellationToken.None);
        Assert.Equal(QueueItemState.AwaitingApproval, item.State);
        Assert.False(next.IsCompleted);

        queue.Transition(item.Id, s => s == QueueItemState.AwaitingApproval, i => i with { State = QueueItemState.Pending });

        Assert.Equal(item.Id, await next.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task NextPendingAsync_MaxClipsAheadReached_WaitsUntilAClipLeaves()
    {
        var queue = CreateQueue(maxClipsAhead: 1);
        var first = queue.TryEnqueue("first", "v:a")!;
        var second = queue.TryEnqueue("second", "v:a")!;
        Assert.Equal(first.Id, await queue.NextPendingAsync(CancellationToken.None));
        queue.Transition(first.Id, _ => true, i => i with { State = QueueItemState.Ready, Clip = new Clip([1], 1, TimeSpan.Zero) });

        var next = queue.NextPendingAsync(CancellationToken.None);
        Assert.False(next.IsCompleted);
        queue.Transition(first.Id, _ => true, i => i with { State = QueueItemState.Done });

        Assert.Equal(second.Id, await next.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void Enqueue_SameIdempotencyKey_ReturnsTheFirstItemAndAddsNothing()
    {
        var queue = CreateQueue();
        var first = queue.Enqueue(new EnqueueRequest("once", "v:a") { IdempotencyKey = "k1" });
        var raised = 0;
        queue.Changed += () => raised++;

        var second = queue.Enqueue(new EnqueueRequest("once again", "v:a") { IdempotencyKey = "k1" });

        Assert.Equal((first.Item, false, true), (second.Item, first.IsDuplicate, second.IsDuplicate));
        Assert.Single(queue.Snapshot());
        Assert.Equal(0, raised);
    }

    [Fact]
    public void Enqueue_KeyOfAFinishedItem_AfterARestart_ReturnsTheFinishedItem()
    {
        var queue = CreateQueue();
        var first = queue.Enqueue(new EnqueueRequest("once", "v:a") { IdempotencyKey = "k1" }).Item!;
        queue.Transition(first.Id, _ => true, i => i with { State = QueueItemState.Done });

        var resumed = Restart();
        var second = resumed.Enqueue(new EnqueueRequest("once", "v:a") { IdempotencyKey = "k1" });

        Assert.True(second.IsDuplicate);
        Assert.Equal((first.Id, QueueItemState.Done), (second.Item!.Id, second.Item.State));
        Assert.Empty(resumed.FindUnfinished(_ => true));
    }

    [Fact]
    public void Enqueue_RepeatedKeyWhenFull_StillReturnsTheFirstItem()
    {
        var queue = CreateQueue(maxItems: 1);
        var first = queue.Enqueue(new EnqueueRequest("once", "v:a") { IdempotencyKey = "k1" }).Item!;

        Assert.Equal(first, queue.Enqueue(new EnqueueRequest("once", "v:a") { IdempotencyKey = "k1" }).Item);
        Assert.True(queue.Enqueue(new EnqueueRequest("other", "v:a") { IdempotencyKey = "k2" }).IsFull);
    }

    [Fact]
    public async Task Restart_KeepsLanesHoldsAndOrigins_AndTheTakingOrder()
    {
        var queue = CreateQueue();
        var hold = _time.GetUtcNow().AddSeconds(30);
        var ordinary = queue.Enqueue(Chat("ordinary")).Item!;
        var bits = queue.Enqueue(Chat("bits", SpeechLane.Bits)).Item!;
        var held = queue.Enqueue(Chat("held", SpeechLane.Moderator) with { HoldUntil = hold }).Item!;

        var resumed = Restart();

        Assert.Equal([ordinary, bits, held], resumed.Snapshot());
        Assert.Equal([bits.Id, ordinary.Id], await TakeAllAsync(resumed));
        _time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal([held.Id], await TakeAllAsync(resumed));
    }

    [Fact]
    public void ItemsWithClips_ComeInTheOrderTheirClipsBecameReady()
    {
        var queue = CreateQueue();
        var first = queue.TryEnqueue("first", "v:a")!;
        var second = queue.TryEnqueue("second", "v:a")!;
        var clip = new Clip([1], 1, TimeSpan.Zero);

        queue.Transition(second.Id, _ => true, i => i with { State = QueueItemState.Ready, Clip = clip });
        queue.Transition(first.Id, _ => true, i => i with { State = QueueItemState.Ready, Clip = clip });
        queue.Transition(second.Id, _ => true, i => i with { State = QueueItemState.Playing });

        Assert.Equal([second.Id, first.Id], queue.ItemsWithClips().Select(i => i.Id));
    }

    [Fact]
    public void FindUnfinished_ByOrigin_FindsOnlyThatSendersUnfinishedItems()
    {
        var queue = CreateQueue();
        var mine = queue.Enqueue(Chat("mine")).Item!;
        queue.Enqueue(Chat("other"));
        queue.TryEnqueue("panel", "v:a");

        var found = queue.FindUnfinished(i => i.Origin?.IsFrom("twitch", "user-mine", "mine") == true);

        Assert.Equal([mine.Id], found.Select(i => i.Id));
    }

    [Fact]
    public void Transition_FromAnotherState_ReturnsNullAndLeavesTheItem()
    {
        var queue = CreateQueue();
        var item = queue.TryEnqueue("one", "v:a")!;

        var result = queue.Transition(item.Id, s => s == QueueItemState.Ready, i => i with { State = QueueItemState.Playing });

        Assert.Null(result);
        Assert.Equal(QueueItemState.Pending, queue.Find(item.Id)!.State);
    }

    [Fact]
    public void Transition_ToAFinishedState_DropsTheClip()
    {
        var queue = CreateQueue();
        var item = queue.TryEnqueue("one", "v:a")!;
        queue.Transition(item.Id, _ => true, i => i with { State = QueueItemState.Ready, Clip = new Clip([1, 2], 1, TimeSpan.Zero) });

        var done = queue.Transition(item.Id, _ => true, i => i with { State = QueueItemState.Done });

        Assert.Null(done!.Clip);
        Assert.Empty(queue.ItemsWithClips());
    }

    [Fact]
    public void Transition_EveryStateChange_IsStored()
    {
        var queue = CreateQueue();
        var item = queue.TryEnqueue("one", "v:a")!;

        queue.Transition(item.Id, _ => true, i => i with { State = QueueItemState.Synthesizing, Attempts = 1 });
        queue.Transition(item.Id, _ => true, i => i with { State = QueueItemState.Ready, AudioSeconds = 1.5 });

        using var file = CloseAndOpenFile();
        var stored = file.GetCollection(QueueStore.LiveCollection).FindById(item.Id);
        Assert.Equal(("Ready", 1, 1.5), (stored["State"].AsString, stored["Attempts"].AsInt32, stored["AudioSeconds"].AsDouble));
    }

    [Fact]
    public void Transition_ToAFinishedState_MovesTheItemOutOfTheLiveCollection()
    {
        var queue = CreateQueue();
        var done = queue.TryEnqueue("done", "v:a")!;
        var waiting = queue.TryEnqueue("waiting", "v:a")!;

        queue.Transition(done.Id, _ => true, i => i with { State = QueueItemState.Done, AudioSeconds = 0.5 });

        using var file = CloseAndOpenFile();
        Assert.Equal([waiting.Id], file.GetCollection(QueueStore.LiveCollection).FindAll().Select(d => d["_id"].AsGuid));
        var finished = Assert.Single(file.GetCollection(QueueStore.FinishedCollection).FindAll());
        Assert.Equal((done.Id, "Done", 0.5), (finished["_id"].AsGuid, finished["State"].AsString, finished["AudioSeconds"].AsDouble));
        Assert.True(finished["FinishedAt"].IsDateTime);
    }

    [Fact]
    public void FinishedItems_BeyondTheShownLimit_LeaveTheLiveQueueOldestFirst()
    {
        var queue = CreateQueue(finishedShown: 1);
        var first = queue.TryEnqueue("first", "v:a")!;
        var second = queue.TryEnqueue("second", "v:a")!;
        queue.TryEnqueue("waiting", "v:a");

        queue.Transition(first.Id, _ => true, i => i with { State = QueueItemState.Done });
        queue.Transition(second.Id, _ => true, i => i with { State = QueueItemState.Done });

        Assert.Equal(["second", "waiting"], queue.Snapshot().Select(i => i.Text));
    }

    [Fact]
    public void FinishAll_FinishesOnlyUnfinishedItemsAndEmptiesTheLiveCollection()
    {
        var queue = CreateQueue();
        var done = queue.TryEnqueue("done", "v:a")!;
        queue.Transition(done.Id, _ => true, i => i with { State = QueueItemState.Done });
        queue.TryEnqueue("waiting", "v:a");

        var removed = queue.FinishAll(QueueItemState.Removed);

        Assert.Equal(["waiting"], removed.Select(i => i.Text));
        Assert.Equal([QueueItemState.Done, QueueItemState.Removed], queue.Snapshot().Select(i => i.State));
        Assert.Empty(Restart().Snapshot());
    }

    [Fact]
    public async Task Restart_ResumesUnfinishedItemsInOrder_WithWorkInProgressBackToPending()
    {
        var queue = CreateQueue();
        var items = new[] { "synthesizing", "ready", "playing", "pending", "done" }.Select(t => queue.TryEnqueue(t, "v:a")!).ToList();
        queue.Transition(items[0].Id, _ => true, i => i with { State = QueueItemState.Synthesizing, Attempts = 1 });
        queue.Transition(items[1].Id, _ => true, i => i with { State = QueueItemState.Ready, Attempts = 1, Clip = new Clip([1], 1, TimeSpan.Zero), AudioSeconds = 1 });
        queue.Transition(items[2].Id, _ => true, i => i with { State = QueueItemState.Playing, Attempts = 1, AudioSeconds = 1 });
        queue.Transition(items[4].Id, _ => true, i => i with { State = QueueItemState.Done });

        var resumed = Restart();

        Assert.Equal(["synthesizing", "ready", "playing", "pending"], resumed.Snapshot().Select(i => i.Text));
        Assert.All(resumed.Snapshot(), i => Assert.Equal((QueueItemState.Pending, null, null), (i.State, i.Clip, i.AudioSeconds)));
        // An interrupted synthesis still counts; one that finished does not make the next one a retry.
        Assert.Equal([1, 0, 0, 0], resumed.Snapshot().Select(i => i.Attempts));
        Assert.Equal(items.Take(4).Select(i => i.Id), await TakeAllAsync(resumed));
        Assert.Equal(5, resumed.TryEnqueue("after the restart", "v:a")!.Sequence);
    }

    [Fact]
    public async Task Restart_AwaitingApproval_IsNotTakenForSynthesis()
    {
        var queue = CreateQueue();
        var item = queue.TryEnqueue("to approve", "v:a")!;
        queue.Transition(item.Id, _ => true, i => i with { State = QueueItemState.AwaitingApproval });

        var resumed = Restart();

        Assert.Equal(QueueItemState.AwaitingApproval, resumed.Find(item.Id)!.State);
        Assert.Empty(await TakeAllAsync(resumed));
    }

    [Fact]
    public void Restart_SynthesisInterruptedOnItsLastAttempt_MarksTheItemFailedWithTheReason()
    {
        var queue = CreateQueue();
        var item = queue.TryEnqueue("crashes the engine", "v:a")!;
        queue.Transition(item.Id, _ => true, i => i with { State = QueueItemState.Synthesizing, Attempts = SynthesisQueue.MaxSynthesisAttempts });

        Assert.Empty(Restart().Snapshot());

        using var file = CloseAndOpenFile();
        var finished = file.GetCollection(QueueStore.FinishedCollection).FindById(item.Id);
        Assert.Equal("Failed", finished["State"].AsString);
        Assert.Equal("Synthesis did not finish in 2 attempts: the panel stopped during each.", finished["Error"].AsString);
    }

    [Fact]
    public void Changed_IsRaisedOnEnqueueAndTransition()
    {
        var queue = CreateQueue();
        var raised = 0;
        queue.Changed += () => raised++;

        var item = queue.TryEnqueue("one", "v:a")!;
        queue.Transition(item.Id, _ => true, i => i with { State = QueueItemState.Synthesizing });

        Assert.Equal(2, raised);
    }
}
