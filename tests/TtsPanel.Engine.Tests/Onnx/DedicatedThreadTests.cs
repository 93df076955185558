using TtsPanel.Engine.Onnx;

namespace TtsPanel.Engine.Tests.Onnx;

public sealed class DedicatedThreadTests
{
    [Fact]
    public async Task Run_FromManyPoolThreads_AlwaysRunsOnTheOneThread()
    {
        using var thread = new DedicatedThread("test");
        var callers = Enumerable.Range(0, 16).Select(_ => Task.Run(() => thread.Run(() => Environment.CurrentManagedThreadId)));

        var ran = await Task.WhenAll(callers);

        Assert.All(ran, id => Assert.Equal(thread.ManagedThreadId, id));
        Assert.NotEqual(Environment.CurrentManagedThreadId, thread.ManagedThreadId);
    }

    [Fact]
    public async Task Run_ConcurrentCallers_RunOneAtATime()
    {
        using var thread = new DedicatedThread("test");
        var inside = 0;
        var most = 0;
        var callers = Enumerable.Range(0, 8).Select(_ => Task.Run(() => thread.Run(() =>
        {
            most = Math.Max(most, Interlocked.Increment(ref inside));
            Thread.Sleep(5);
            return Interlocked.Decrement(ref inside);
        })));

        await Task.WhenAll(callers);

        Assert.Equal(1, most);
    }

    [Fact]
    public void Run_WorkThrows_CallerGetsTheSameException()
    {
        using var thread = new DedicatedThread("test");

        var error = Assert.Throws<ArgumentException>(() => thread.Run<int>(() => throw new ArgumentException("bad text")));

        Assert.Equal("bad text", error.Message);
        Assert.Equal(7, thread.Run(() => 7)); // the thread lives on after a failed item
    }

    [Fact]
    public void Run_Nested_RunsInlineWithoutDeadlock()
    {
        using var thread = new DedicatedThread("test");

        var inner = thread.Run(() => thread.Run(() => Environment.CurrentManagedThreadId));

        Assert.Equal(thread.ManagedThreadId, inner);
    }

    [Fact]
    public void Run_AfterDispose_Throws()
    {
        var thread = new DedicatedThread("test");
        thread.Dispose();

        Assert.Throws<ObjectDisposedException>(() => thread.Run(() => 1));
        thread.Dispose(); // twice is harmless
    }
}
