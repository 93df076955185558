using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace TtsPanel.Engine.Onnx;

/// <summary>
/// One long-lived thread that runs the work handed to it, one item at a time, while the caller waits. ORT's CUDA
/// provider keeps a captured CUDA graph in the context of the thread that captured it, and the panel synthesizes on
/// pool threads: without this, a frame count would be captured again (and its graph memory held again) on every pool
/// thread that happens to meet it. Running every graph-using chunk here captures each frame count once and replays it
/// from then on, and, since the items run one after another, also keeps other device work out of a capture.
/// </summary>
public sealed class DedicatedThread : IDisposable
{
    private readonly BlockingCollection<Action> _work = new();
    private readonly Thread _thread;
    private int _disposed;

    /// <param name="name">The thread's name, as debuggers and profilers show it.</param>
    public DedicatedThread(string name)
    {
        _thread = new Thread(RunItems) { IsBackground = true, Name = name };
        _thread.Start();
    }

    /// <summary>Managed id of the thread, for tests and diagnostics.</summary>
    public int ManagedThreadId => _thread.ManagedThreadId;

    /// <summary>
    /// Runs <paramref name="work"/> on the thread and returns its result, or rethrows its exception with the original
    /// stack. Called from the thread itself, it runs inline (no deadlock on nested use).
    /// </summary>
    /// <exception cref="ObjectDisposedException">The thread has been disposed.</exception>
    public T Run<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (Environment.CurrentManagedThreadId == _thread.ManagedThreadId)
            return work();
        using var done = new ManualResetEventSlim();
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        try
        {
            _work.Add(() =>
            {
                try
                {
                    result = work();
                }
                catch (Exception e)
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                }
                finally
                {
                    done.Set();
                }
            });
        }
        catch (InvalidOperationException)
        {
            throw new ObjectDisposedException(nameof(DedicatedThread), $"The thread '{_thread.Name}' has stopped.");
        }

        // The caller is a synchronous chunk synthesis already holding its own thread; it waits for the result.
        done.Wait();
        failure?.Throw();
        return result;
    }

    /// <summary>Lets the items already handed over finish, then ends the thread.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
            return;
        _work.CompleteAdding();
        if (Environment.CurrentManagedThreadId == _thread.ManagedThreadId)
            return; // the loop ends after this item; the collection goes with the object
        _thread.Join();
        _work.Dispose();
    }

    private void RunItems()
    {
        foreach (var item in _work.GetConsumingEnumerable())
            item();
    }
}
