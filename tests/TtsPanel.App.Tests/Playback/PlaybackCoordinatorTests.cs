using TtsPanel.App.Playback;
using TtsPanel.App.Queue;
using TtsPanel.App.Tests.Fakes;

namespace TtsPanel.App.Tests.Playback;

public sealed class PlaybackCoordinatorTests : IDisposable
{
    private readonly PanelFixture _panel = new();

    public void Dispose() => _panel.Dispose();

    private QueueItem ReadyItem(string text)
    {
        var item = _panel.Enqueue(text);
        return _panel.Queue.Transition(item.Id, _ => true,
            i => i with { State = QueueItemState.Ready, Clip = new Clip([0], 1.0, TimeSpan.FromMilliseconds(10)) })!;
    }

    [Fact]
    public void ClipStartedThenFinished_MarksThePlayingItemDone()
    {
        var item = ReadyItem("one");

        _panel.Playback.ClipStarted(item.Id);
        var playing = _panel.Queue.Find(item.Id)!.State;
        _panel.Playback.ClipFinished(item.Id);

        Assert.Equal(QueueItemState.Playing, playing);
        Assert.Equal(QueueItemState.Done, _panel.Queue.Find(item.Id)!.State);
    }

    [Fact]
    public void ClipStarted_ForAPendingItem_IsIgnored()
    {
        var item = _panel.Enqueue("not synthesized yet");

        _panel.Playback.ClipStarted(item.Id);

        Assert.Equal(QueueItemState.Pending, _panel.Queue.Find(item.Id)!.State);
    }

    [Fact]
    public void ClipFinished_AfterTheItemWasSkipped_DoesNotRevive()
    {
        var item = ReadyItem("one");
        _panel.Playback.ClipStarted(item.Id);

        var skipped = _panel.Playback.SkipAsync(CancellationToken.None);
        _panel.Playback.ClipFinished(item.Id);

        Assert.Equal(QueueItemState.Skipped, _panel.Queue.Find(item.Id)!.State);
        Assert.True(skipped.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task SkipAsync_SkipsThePlayingItemAndTellsTheOverlays()
    {
        var first = ReadyItem("first");
        var second = ReadyItem("second");
        _panel.Playback.ClipStarted(first.Id);

        Assert.True(await _panel.Playback.SkipAsync(CancellationToken.None));

        Assert.Equal(QueueItemState.Skipped, _panel.Queue.Find(first.Id)!.State);
        Assert.Equal(QueueItemState.Ready, _panel.Queue.Find(second.Id)!.State);
        Assert.Equal([first.Id], Assert.Single(_panel.Output.Cancelled));
    }

    [Fact]
    public async Task SkipAsync_NothingReady_ReturnsFalse()
    {
        _panel.Enqueue("pending");

        Assert.False(await _panel.Playback.SkipAsync(CancellationToken.None));
        Assert.Empty(_panel.Output.Cancelled);
    }

    [Fact]
    public async Task RemoveAsync_QueuedItem_IsRemovedAndCancelledOnTheOverlays()
    {
        var item = ReadyItem("one");

        Assert.True(await _panel.Playback.RemoveAsync(item.Id, CancellationToken.None));

        Assert.Equal(QueueItemState.Removed, _panel.Queue.Find(item.Id)!.State);
        Assert.Equal([item.Id], Assert.Single(_panel.Output.Cancelled));
        Assert.False(await _panel.Playback.RemoveAsync(item.Id, CancellationToken.None));
    }

    [Fact]
    public async Task ClearAsync_RemovesEveryUnfinishedItemThePlayingOneIncluded()
    {
        var playing = ReadyItem("playing");
        var ready = ReadyItem("ready");
        var pending = _panel.Enqueue("pending");
        _panel.Playback.ClipStarted(playing.Id);

        Assert.Equal(3, await _panel.Playback.ClearAsync(CancellationToken.None));

        Assert.All(_panel.Queue.Snapshot(), i => Assert.Equal(QueueItemState.Removed, i.State));
        Assert.Equal([playing.Id, ready.Id, pending.Id], Assert.Single(_panel.Output.Cancelled));
    }

    [Fact]
    public async Task PauseAsync_Twice_SendsTheStateOnce()
    {
        await _panel.Playback.PauseAsync(CancellationToken.None);
        await _panel.Playback.PauseAsync(CancellationToken.None);
        await _panel.Playback.ResumeAsync(CancellationToken.None);

        Assert.Equal([new PlaybackState(true, 1.0), new PlaybackState(false, 1.0)], _panel.Output.States);
    }

    [Theory]
    [InlineData(0.25, 0.25)]
    [InlineData(-1, 0)]
    [InlineData(3, 1)]
    public async Task SetVolumeAsync_ClampsToZeroToOne(double requested, double expected)
    {
        await _panel.Playback.SetVolumeAsync(requested, CancellationToken.None);

        Assert.Equal(expected, _panel.Playback.State.Volume);
    }
}
