namespace TtsPanel.App.Queue;

/// <summary>
/// A token for one item's synthesis: cancelled when the host stops or when the item leaves the synthesizing state
/// (the streamer removed it or cleared the queue), so no time is spent on a message nobody will hear.
/// </summary>
internal sealed class ItemCancellation : IDisposable
{
    private readonly SynthesisQueue _queue;
    private readonly Guid _itemId;
    private readonly CancellationTokenSource _source;

    public ItemCancellation(SynthesisQueue queue, Guid itemId, CancellationToken stoppingToken)
    {
        _queue = queue;
        _itemId = itemId;
        _source = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        _queue.Changed += OnQueueChanged;
    }

    public CancellationToken Token => _source.Token;

    public void Dispose()
    {
        _queue.Changed -= OnQueueChanged;
        _source.Dispose();
    }

    private void OnQueueChanged()
    {
        if (_queue.Find(_itemId) is not { State: QueueItemState.Synthesizing })
        {
            _queue.Changed -= OnQueueChanged;
            try
            {
                _source.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // Another thread raised Changed just as synthesis ended and disposed us: nothing is left to cancel.
            }
        }
    }
}
