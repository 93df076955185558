using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TtsPanel.App.Queue;

/// <summary>
/// The speech queue: the ordered list of messages and their states, from which the synthesis worker takes the next
/// pending item (highest lane first, first in first out within a lane, none before its hold time). Every change is
/// written to the <see cref="QueueStore"/> before it is made in memory, under one lock, and raises
/// <see cref="Changed"/> afterwards, outside it. Created over the stored queue, it carries on where the last run
/// stopped.
/// </summary>
public sealed class SynthesisQueue
{
    /// <summary>Syntheses begun for one item before it is marked failed.</summary>
    public const int MaxSynthesisAttempts = 2;

    private readonly Lock _gate = new();
    private readonly List<QueueItem> _items = [];
    // Ids of items with a clip, in the order their clips became ready: the order the overlay plays them in.
    private readonly List<Guid> _clipOrder = [];
    private readonly WorkSignal _work;
    private readonly QueueOptions _options;
    private readonly QueueStore _store;
    private readonly TimeProvider _time;
    private long _nextSequence;

    public SynthesisQueue(IOptions<QueueOptions> options, QueueStore store, TimeProvider time, ILogger<SynthesisQueue> logger)
    {
        _options = options.Value;
        _store = store;
        _time = time;
        _work = new WorkSignal(time);
        Resume(logger);
    }

    /// <summary>Raised after any item was added or changed state. Handlers run on the thread that made the change.</summary>
    public event Action? Changed;

    /// <summary>Refusals by reason since the panel started, for the dashboard.</summary>
    public QueueCounters Counters { get; } = new();

    /// <summary>Adds a validated message from the panel itself; see <see cref="Enqueue"/>.</summary>
    public QueueItem? TryEnqueue(string text, string voiceId) => Enqueue(new EnqueueRequest(text, voiceId)).Item;

    /// <summary>
    /// Adds a validated message, stored before this returns. A request whose idempotency key was queued before (live
    /// or finished, this run or an earlier one) gets that item back and adds nothing. When
    /// <see cref="QueueOptions.MaxItems"/> unfinished items wait, nothing is added and the refusal is counted.
    /// </summary>
    public EnqueueResult Enqueue(EnqueueRequest request)
    {
        EnqueueResult result;
        lock (_gate)
            result = Add(request);

        // Counted and announced outside the lock, so no handler ever runs while the queue is held.
        if (result.IsFull)
            Counters.Count(QueueRefusal.QueueFull);
        else if (!result.IsDuplicate)
            Changed?.Invoke();
        return result;
    }

    private EnqueueResult Add(EnqueueRequest request)
    {
        if (request.IdempotencyKey is { } key
            && (_items.Find(i => i.IdempotencyKey == key) ?? _store.FindFinished(key)) is { } earlier)
            return new EnqueueResult(earlier, IsDuplicate: true);
        if (_items.Count(i => !i.State.IsFinished()) >= _options.MaxItems)
            return new EnqueueResult(null, IsDuplicate: false);

        var state = request.AwaitingApproval ? QueueItemState.AwaitingApproval : QueueItemState.Pending;
        var item = new QueueItem(Guid.NewGuid(), _nextSequence, request.Text, request.VoiceId, state, _time.GetUtcNow(),
            Origin: request.Origin, Lane: request.Lane, HoldUntil: request.HoldUntil, IdempotencyKey: request.IdempotencyKey);
        // Stored first: if the write fails nothing was accepted, and the caller hears of it as an exception.
        _store.Save(item);
        _nextSequence++;
        _items.Add(item);
        if (state == QueueItemState.Pending)
            _work.Ring();
        return new EnqueueResult(item, IsDuplicate: false);
    }

    /// <summary>
    /// Waits for the next item to synthesize and returns its id: the pending item of the highest lane whose hold time
    /// has come, the earliest of them, once fewer than <see cref="QueueOptions.MaxClipsAhead"/> clips wait to be
    /// played. It stays pending: the caller moves it on with <see cref="Transition"/>.
    /// </summary>
    public async Task<Guid> NextPendingAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var (next, release) = PickPending();
            if (next is { } id)
                return id;
            await _work.WaitAsync(release, cancellationToken);
        }
    }

    /// <summary>
    /// The item to synthesize now, or the time the first held one may go (null: nothing is held, or enough clips are
    /// made and the wake-up comes when one of them leaves).
    /// </summary>
    private (Guid? Next, DateTimeOffset? FirstRelease) PickPending()
    {
        lock (_gate)
        {
            if (_options.MaxClipsAhead > 0 && _clipOrder.Count >= _options.MaxClipsAhead)
                return (null, null);
            var now = _time.GetUtcNow();
            QueueItem? best = null;
            DateTimeOffset? firstRelease = null;
            foreach (var item in _items.Where(i => i.State == QueueItemState.Pending))
            {
                if (item.HoldUntil is { } hold && hold > now)
                    firstRelease = firstRelease is { } earliest && earliest < hold ? earliest : hold;
                else if (best is null || item.Lane > best.Lane || (item.Lane == best.Lane && item.Sequence < best.Sequence))
                    best = item;
            }

            return (best?.Id, firstRelease);
        }
    }

    /// <summary>The unfinished items that match <paramref name="predicate"/>, in arrival order.</summary>
    public IReadOnlyList<QueueItem> FindUnfinished(Func<QueueItem, bool> predicate)
    {
        lock (_gate)
            return _items.Where(i => !i.State.IsFinished() && predicate(i)).ToList();
    }

    /// <summary>The live queue: unfinished items and the most recent finished ones, in arrival order.</summary>
    public IReadOnlyList<QueueItem> Snapshot()
    {
        lock (_gate)
            return _items.ToList();
    }

    /// <summary>
    /// Items whose clip is ready or playing, in play order (the order their clips became ready): what a (re)connecting
    /// overlay must hold.
    /// </summary>
    public IReadOnlyList<QueueItem> ItemsWithClips()
    {
        lock (_gate)
            return _clipOrder.Select(id => _items.Find(i => i.Id == id)!).ToList();
    }

    public QueueItem? Find(Guid id)
    {
        lock (_gate)
            return _items.Find(i => i.Id == id);
    }

    /// <summary>Number of unfinished items.</summary>
    public int ActiveCount
    {
        get
        {
            lock (_gate)
                return _items.Count(i => !i.State.IsFinished());
        }
    }

    /// <summary>Moves an item from <paramref name="from"/> to the state <paramref name="change"/> gives; null if it was elsewhere.</summary>
    public QueueItem? Transition(Guid id, Func<QueueItemState, bool> from, Func<QueueItem, QueueItem> change)
    {
        QueueItem updated;
        lock (_gate)
        {
            var index = _items.FindIndex(i => i.Id == id);
            if (index < 0 || !from(_items[index].State))
                return null;
            updated = change(_items[index]);
            // A finished item no longer needs its audio in memory.
            if (updated.State.IsFinished())
            {
                updated = updated with { Clip = null };
                _store.MoveToFinished([updated], _time.GetUtcNow());
            }
            else
                _store.Save(updated);

            var before = _items[index].State;
            _items[index] = updated;
            TrackClip(id, before, updated.State);
            // Work for the worker: an item became pending, or a clip left and made room under MaxClipsAhead.
            if ((updated.State == QueueItemState.Pending && before != QueueItemState.Pending) || (before.HasClip() && !updated.State.HasClip()))
                _work.Ring();
            TrimFinished();
        }

        Changed?.Invoke();
        return updated;
    }

    /// <summary>Finishes every unfinished item with <paramref name="state"/>; returns the ones it changed.</summary>
    public IReadOnlyList<QueueItem> FinishAll(QueueItemState state)
    {
        List<QueueItem> finished = [];
        lock (_gate)
        {
            var indexes = Enumerable.Range(0, _items.Count).Where(i => !_items[i].State.IsFinished()).ToList();
            finished.AddRange(indexes.Select(i => _items[i]));
            _store.MoveToFinished(finished.Select(i => i with { State = state, Clip = null }).ToList(), _time.GetUtcNow());
            foreach (var index in indexes)
                _items[index] = _items[index] with { State = state, Clip = null };
            if (_clipOrder.Count > 0)
                _work.Ring();
            _clipOrder.Clear();

            TrimFinished();
        }

        if (finished.Count > 0)
            Changed?.Invoke();
        return finished;
    }

    /// <summary>
    /// Loads the stored unfinished items in arrival order, each with its lane, hold time and origin, so the worker takes
    /// them up in the order it would have. The audio was never stored, so an item that was being
    /// synthesized, ready or playing waits to be synthesized again; one whose synthesis the panel stopped during
    /// <see cref="MaxSynthesisAttempts"/> times fails instead, so a message that brings the process down cannot do so
    /// forever.
    /// </summary>
    private void Resume(ILogger logger)
    {
        var stored = _store.LoadUnfinished();
        List<QueueItem> finished = [];
        foreach (var original in stored)
        {
            var item = Restarted(original);
            if (item.State.IsFinished())
            {
                if (item.State == QueueItemState.Failed && original.State != QueueItemState.Failed)
                    logger.LogWarning("Queue item {ItemId} failed at start: {Error}", item.Id, item.Error);
                finished.Add(item);
                continue;
            }

            if (item != original)
                _store.Save(item);
            _items.Add(item);
        }

        _store.MoveToFinished(finished, _time.GetUtcNow());
        _nextSequence = Math.Max(stored.Select(i => i.Sequence).DefaultIfEmpty(-1).Max(), _store.LastFinishedSequence()) + 1;
        if (_items.Count > 0)
            logger.LogInformation("Resumed {ItemCount} unfinished queue items", _items.Count);
    }

    private static QueueItem Restarted(QueueItem item) => item.State switch
    {
        QueueItemState.Synthesizing when item.Attempts >= MaxSynthesisAttempts => item with
        {
            State = QueueItemState.Failed,
            Error = $"Synthesis did not finish in {MaxSynthesisAttempts} attempts: the panel stopped during each.",
        },
        QueueItemState.Synthesizing => item with { State = QueueItemState.Pending },
        // The earlier synthesis succeeded; making the audio again is a fresh start, not a retry.
        QueueItemState.Ready or QueueItemState.Playing => item with { State = QueueItemState.Pending, Attempts = 0, AudioSeconds = null },
        _ => item,
    };

    private void TrackClip(Guid id, QueueItemState before, QueueItemState after)
    {
        if (!before.HasClip() && after.HasClip())
            _clipOrder.Add(id);
        else if (before.HasClip() && !after.HasClip())
            _clipOrder.Remove(id);
    }

    private void TrimFinished()
    {
        var excess = _items.Count(i => i.State.IsFinished()) - _options.FinishedItemsShown;
        for (var index = 0; excess > 0 && index < _items.Count;)
        {
            if (_items[index].State.IsFinished())
            {
                _items.RemoveAt(index);
                excess--;
            }
            else
                index++;
        }
    }
}
