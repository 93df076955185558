using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace TtsPanel.App.Queue;

/// <summary>
/// The speech queue: the ordered list of messages and their states, and the channel that feeds the synthesis worker.
/// Every change happens under one lock and raises <see cref="Changed"/> afterwards, outside it.
/// </summary>
public sealed class SynthesisQueue
{
    private readonly Lock _gate = new();
    private readonly List<QueueItem> _items = [];
    private readonly Channel<Guid> _pending;
    private readonly QueueOptions _options;
    private readonly TimeProvider _time;
    private long _nextSequence;

    public SynthesisQueue(IOptions<QueueOptions> options, TimeProvider time)
    {
        _options = options.Value;
        _time = time;
        // The list enforces MaxItems. The channel carries only ids, and may still hold the id of an item removed while
        // it waited (the worker skips those), so bounding it too would refuse room the list has.
        _pending = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });
    }

    /// <summary>Raised after any item was added or changed state. Handlers run on the thread that made the change.</summary>
    public event Action? Changed;

    /// <summary>Ids of pending items in arrival order, for the synthesis worker.</summary>
    public ChannelReader<Guid> PendingIds => _pending.Reader;

    /// <summary>Adds a validated message, or returns null when <see cref="QueueOptions.MaxItems"/> unfinished items wait.</summary>
    public QueueItem? TryEnqueue(string text, string voiceId)
    {
        QueueItem item;
        lock (_gate)
        {
            if (_items.Count(i => !i.State.IsFinished()) >= _options.MaxItems)
                return null;
            item = new QueueItem(Guid.NewGuid(), _nextSequence++, text, voiceId, QueueItemState.Pending, _time.GetUtcNow());
            _items.Add(item);
            _pending.Writer.TryWrite(item.Id);
        }

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
                updated = updated with { Clip = null };
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
            for (var index = 0; index < _items.Count; index++)
            {
                if (_items[index].State.IsFinished())
                    continue;
                finished.Add(_items[index]);
                _items[index] = _items[index] with { State = state, Clip = null };
            }

            TrimFinished();
        }

        if (finished.Count > 0)
            Changed?.Invoke();
        return finished;
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
