using TtsPanel.App.Queue;

namespace TtsPanel.App.Playback;

/// <summary>
/// Keeps the queue and the overlays in step: sends ready clips, records the overlays' started/finished reports, and
/// carries out the streamer's skip, remove, clear, pause, resume and volume commands. An item is done only when an
/// overlay reports that its clip finished.
/// </summary>
public sealed class PlaybackCoordinator(SynthesisQueue queue, IPlaybackOutput output)
{
    private readonly Lock _gate = new();
    private PlaybackState _state = new(Paused: false, Volume: 1.0);

    /// <summary>Raised after the pause state or volume changed.</summary>
    public event Action? StateChanged;

    public PlaybackState State
    {
        get
        {
            lock (_gate)
                return _state;
        }
    }

    public Task ClipReadyAsync(QueueItem item, CancellationToken cancellationToken) =>
        output.SendClipAsync(item, cancellationToken);

    /// <summary>An overlay began playing the clip of <paramref name="itemId"/>.</summary>
    public void ClipStarted(Guid itemId) =>
        queue.Transition(itemId, state => state == QueueItemState.Ready, item => item with { State = QueueItemState.Playing });

    /// <summary>An overlay played the clip of <paramref name="itemId"/> to its end; later reports of it are ignored.</summary>
    public void ClipFinished(Guid itemId) =>
        queue.Transition(itemId, state => state.HasClip(), item => item with { State = QueueItemState.Done });

    /// <summary>Skips the clip now playing, or the next ready one when none has started; false if there is none.</summary>
    public async Task<bool> SkipAsync(CancellationToken cancellationToken)
    {
        var items = queue.ItemsWithClips();
        var current = items.FirstOrDefault(i => i.State == QueueItemState.Playing) ?? items.FirstOrDefault();
        if (current is null)
            return false;
        var skipped = queue.Transition(current.Id, state => state.HasClip(), item => item with { State = QueueItemState.Skipped });
        if (skipped is not null)
            await output.CancelClipsAsync([current.Id], cancellationToken);
        return skipped is not null;
    }

    /// <summary>Removes an unfinished item wherever it is (waiting, synthesizing, ready or playing); false if it was finished.</summary>
    public async Task<bool> RemoveAsync(Guid itemId, CancellationToken cancellationToken)
    {
        var removed = queue.Transition(itemId, state => !state.IsFinished(), item => item with { State = QueueItemState.Removed });
        if (removed is not null)
            await output.CancelClipsAsync([itemId], cancellationToken);
        return removed is not null;
    }

    /// <summary>Removes every unfinished item, the one playing included: the streamer wants silence now.</summary>
    public async Task<int> ClearAsync(CancellationToken cancellationToken)
    {
        var removed = queue.FinishAll(QueueItemState.Removed);
        if (removed.Count > 0)
            await output.CancelClipsAsync(removed.Select(i => i.Id).ToList(), cancellationToken);
        return removed.Count;
    }

    public Task PauseAsync(CancellationToken cancellationToken) => ChangeStateAsync(s => s with { Paused = true }, cancellationToken);

    public Task ResumeAsync(CancellationToken cancellationToken) => ChangeStateAsync(s => s with { Paused = false }, cancellationToken);

    /// <summary>Sets the overlays' output gain; <paramref name="volume"/> is clamped to [0, 1].</summary>
    public Task SetVolumeAsync(double volume, CancellationToken cancellationToken) =>
        ChangeStateAsync(s => s with { Volume = Math.Clamp(volume, 0, 1) }, cancellationToken);

    private async Task ChangeStateAsync(Func<PlaybackState, PlaybackState> change, CancellationToken cancellationToken)
    {
        PlaybackState next;
        lock (_gate)
        {
            next = change(_state);
            if (next == _state)
                return;
            _state = next;
        }

        StateChanged?.Invoke();
        await output.SendStateAsync(next, cancellationToken);
    }
}
