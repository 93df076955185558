using LiteDB;
using TtsPanel.App.Queue;
using TtsPanel.App.Tests.Fakes;

namespace TtsPanel.App.Tests.Queue;

public sealed class ApprovalServiceTests : IDisposable
{
    private readonly PanelFixture _panel = new();
    private readonly ApprovalService _approval;

    public ApprovalServiceTests() => _approval = new ApprovalService(_panel.Queue);

    public void Dispose() => _panel.Dispose();

    private QueueItem Waiting(string text) =>
        _panel.Queue.Enqueue(new EnqueueRequest(text, ToneEngine.Voice.Id) { AwaitingApproval = true }).Item!;

    [Fact]
    public void Approve_WaitingItem_MakesItPendingAndStoresIt()
    {
        var item = Waiting("may I");

        Assert.True(_approval.Approve(item.Id));

        Assert.Equal(QueueItemState.Pending, _panel.Queue.Find(item.Id)!.State);
        var stored = _panel.Database.Database.GetCollection(QueueStore.LiveCollection).FindById(item.Id);
        Assert.Equal("Pending", stored["State"].AsString);
    }

    [Fact]
    public void Reject_WaitingItem_FinishesItAsRejectedInTheFinishedCollection()
    {
        var item = Waiting("no");

        Assert.True(_approval.Reject(item.Id));

        Assert.Equal(QueueItemState.Rejected, _panel.Queue.Find(item.Id)!.State);
        var stored = _panel.Database.Database.GetCollection(QueueStore.FinishedCollection).FindById(item.Id);
        Assert.Equal("Rejected", stored["State"].AsString);
    }

    [Fact]
    public void ApproveAndReject_ItemNotWaiting_ReturnFalseAndChangeNothing()
    {
        var pending = _panel.Enqueue("already pending");

        Assert.False(_approval.Approve(pending.Id));
        Assert.False(_approval.Reject(pending.Id));
        Assert.False(_approval.Approve(Guid.NewGuid()));
        Assert.Equal(QueueItemState.Pending, _panel.Queue.Find(pending.Id)!.State);
    }

    [Fact]
    public void ApproveAll_ApprovesEveryWaitingItemOnly()
    {
        var first = Waiting("one");
        var second = Waiting("two");
        var pending = _panel.Enqueue("not waiting");

        Assert.Equal(2, _approval.ApproveAll());

        Assert.Empty(_approval.Waiting());
        Assert.All([first, second, pending], i => Assert.Equal(QueueItemState.Pending, _panel.Queue.Find(i.Id)!.State));
    }
}
