using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TtsPanel.App.Queue;

namespace TtsPanel.App.Tests.Queue;

public class SynthesisQueueTests
{
    private static SynthesisQueue CreateQueue(int maxItems = 10, int finishedShown = 20) =>
        new(Options.Create(new QueueOptions { MaxItems = maxItems, FinishedItemsShown = finishedShown }), new FakeTimeProvider());

    [Fact]
    public void TryEnqueue_WhenFull_ReturnsNullAndKeepsTheQueue()
    {
        var queue = CreateQueue(maxItems: 2);
        queue.TryEnqueue("one", "v:a");
        queue.TryEnqueue("two", "v:a");

        var third = queue.TryEnqueue("three", "v:a");

        Assert.Null(third);
        Assert.Equal(["one", "two"], queue.Snapshot().Select(i => i.Text));
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
    public void PendingIds_YieldArrivalOrder()
    {
        var queue = CreateQueue();
        var ids = new[] { "a", "b", "c" }.Select(t => queue.TryEnqueue(t, "v:a")!.Id).ToList();

        var read = new List<Guid>();
        while (queue.PendingIds.TryRead(out var id))
            read.Add(id);

        Assert.Equal(ids, read);
        Assert.Equal([0L, 1L, 2L], queue.Snapshot().Select(i => i.Sequence));
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
    public void FinishAll_FinishesOnlyUnfinishedItems()
    {
        var queue = CreateQueue();
        var done = queue.TryEnqueue("done", "v:a")!;
        queue.Transition(done.Id, _ => true, i => i with { State = QueueItemState.Done });
        queue.TryEnqueue("waiting", "v:a");

        var removed = queue.FinishAll(QueueItemState.Removed);

        Assert.Equal(["waiting"], removed.Select(i => i.Text));
        Assert.Equal([QueueItemState.Done, QueueItemState.Removed], queue.Snapshot().Select(i => i.State));
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
