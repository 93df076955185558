using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TtsPanel.App.Queue;

/// <summary>
/// The speech queue: the ordered list of messages and their states, and the channel that feeds the synthesis worker.
/// Every change is written to the <see cref="QueueStore"/> before it is made in memory, under one lock, and raises
/// <see cref="Changed"/> afterwards, outside it. Created over the stored queue, it carries on where the last run
/// stopped.
/// </summary>
public sealed class SynthesisQueue
{
    /// <summary>Syntheses begun for one item before it is marked failed.</summary>
    public const int MaxSynthesisAttempts = 2;

    private readonly Lock _gate = new();
    private readonly List<QueueItem> _items = [];
    private readonly Channel<Guid> _pending;
    private readonly QueueOptions _options;
    private readonly QueueStore _store;
    private readonly TimeProvider _time;
    private long _nextSequence;

    public SynthesisQueue(IOptions<QueueOptions> options, QueueStore store, TimeProvider time, ILogger<SynthesisQueue> logger)
    {
        _options = options.Value;
        _store = store;
        _time = time;
        // The list enforces MaxItems. The channel carries only ids, and may still hold the id of an item removed while
        // it waited (the worker skips those), so bounding it too would refuse room the list has.
        _pending = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });
        Resume(logger);
    }

    /// <summary>Raised after any item was added or changed state. Handlers run on the thread that made the change.</summary>
    public event Action? Changed;

    /// <summary>Ids of pending items in arrival order, for the synthesis worker.</summary>
    public ChannelReader<Guid> PendingIds => _pending.Reader;

    /// <summary>Refusals by reason since the panel started, for the dashboard.</summary>
    public QueueCounters Counters { get; } = new();

    /// <summary>
    /// Adds a validated message, stored before this returns, or returns null (and counts the refusal) when
    /// <see cref="QueueOptions.MaxItems"/> unfinished items wait.
    /// </summary>
    public QueueItem? TryEnqueue(string text, string voiceId)
    {
        QueueItem? item = null;
        lock (_gate)
        {
            if (_items.Count(i => !i.State.IsFinished()) < _options.MaxItems)
            {
                item = new QueueItem(Guid.NewGuid(), _nextSequence, text, voiceId, QueueItemState.Pending, _time.GetUtcNow());
                // Stored first: if the write fails nothing was accepted, and the caller hears of it as an exception.
                _store.Save(item);
                _nextSequence++;
                _items.Add(item);
                _pending.Writer.TryWrite(item.Id);
            }
        }

        // Counted and announced outside the lock, so no handler ever runs while the queue is held.
        if (item is null)
            Counters.Count(QueueRefusal.QueueFull);
        else
            Changed?.Invoke();
        return item;
    }

    /// <summary>The live queue: unfinished items and the most recent finished ones, in arrival order.</summary>
    public IReadOnlyList<QueueItem> Snapshot()
    {
        lock (_gate)
            return _items.ToList();
    }

    /// <summary>Items whose clip is ready or playing, in play order: what a (re)connecting overlay must hold.</summary>
    public IReadOnlyList<QueueItem> ItemsWithClips()
    {
        lock (_gate)
            return _items.Where(i => i.State.HasClip()).ToList();
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

            _items[index] = updated;
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

            TrimFinished();
        }

        if (finished.Count > 0)
            Changed?.Invoke();
        return finished;
    }

    /// <summary>
    /// Loads the stored unfinished items in arrival order. The audio was never stored, so an item that was being
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
            if (item.State == QueueItemState.Pending)
                _pending.Writer.TryWrite(item.Id);
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
