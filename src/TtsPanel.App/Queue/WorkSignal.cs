using System.Threading.Channels;

namespace TtsPanel.App.Queue;

/// <summary>
/// Wakes the one waiting synthesis worker when the queue may have work for it. Rings are not counted: one waiting
/// ring is enough, as the worker looks at the whole queue when it wakes.
/// </summary>
internal sealed class WorkSignal(TimeProvider time)
{
    // A wait longer than this is done in steps, which keeps the timer inside what it can count.
    private static readonly TimeSpan LongestWait = TimeSpan.FromHours(1);

    private readonly Channel<bool> _rings = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    /// <summary>Wakes the worker, or the next wait if none is waiting; never blocks, so it may be called under a lock.</summary>
    public void Ring() => _rings.Writer.TryWrite(true);

    /// <summary>Waits for a ring, or until <paramref name="until"/> (by the injected clock) when it is set.</summary>
    public async Task WaitAsync(DateTimeOffset? until, CancellationToken cancellationToken)
    {
        if (until is null)
        {
            await _rings.Reader.WaitToReadAsync(cancellationToken);
        }
        else
        {
            // Measured from now rather than from when the caller looked, so time that passed in between is not waited twice.
            var wait = until.Value - time.GetUtcNow();
            if (wait <= TimeSpan.Zero)
                return;
            using var timer = new CancellationTokenSource(wait < LongestWait ? wait : LongestWait, time);
            using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
            try
            {
                await _rings.Reader.WaitToReadAsync(either.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The time came: the caller looks at the queue again.
            }
        }

        _rings.Reader.TryRead(out _);
    }
}
