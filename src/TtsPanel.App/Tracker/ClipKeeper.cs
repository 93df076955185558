using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace TtsPanel.App.Tracker;

/// <summary>
/// Writes the clips kept for rating off the path to first audio: the synthesis worker (and the A/B session) hand a clip
/// over after the listener has it, and <see cref="RunAsync"/> saves it, with the retention prune, in the background.
/// </summary>
/// <remarks>
/// A bounded channel with one reader is the simplest correct shape: handing over is a non-blocking write, so the next
/// synthesis starts at once; the one reader saves and prunes one clip at a time in arrival order, so retention never
/// runs beside itself; and the bound caps the memory a stalled disk can hold. When the channel is full (the disk fell
/// <see cref="Capacity"/> clips behind) or already completed (the panel is stopping), the caller saves the clip itself:
/// slower for that one item, but no clip whose synthesis was recorded is dropped.
/// </remarks>
public sealed class ClipKeeper(ClipStore store, ILogger<ClipKeeper> logger)
{
    /// <summary>Clips waiting to be written before a caller writes its own. 32.</summary>
    public const int Capacity = 32;

    private readonly Channel<(Guid RecordId, byte[] Wav)> _pending = Channel.CreateBounded<(Guid RecordId, byte[] Wav)>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Keeps the clip of record <paramref name="recordId"/>: queued for <see cref="RunAsync"/>, or saved here when it cannot take more.</summary>
    public void Keep(Guid recordId, byte[] wav)
    {
        if (!_pending.Writer.TryWrite((recordId, wav)))
            Save(recordId, wav);
    }

    /// <summary>
    /// Prunes the clip folder once (parts left by a panel that stopped mid-write, clips past the limits), then saves
    /// the clips handed over until <see cref="Complete"/> was called and every one of them is written. Cancelling
    /// <paramref name="cancellationToken"/> abandons those still waiting, with a warning saying how many.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            store.Prune();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("The clip folder {Folder} could not be pruned at start: {Error}", store.Folder, e.Message);
        }

        try
        {
            await foreach (var (recordId, wav) in _pending.Reader.ReadAllAsync(cancellationToken))
                Save(recordId, wav);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            if (_pending.Reader.Count > 0)
                logger.LogWarning("{Count} clips not kept for rating: the panel stopped before they were written", _pending.Reader.Count);
            throw;
        }
    }

    /// <summary>Takes no more clips into the channel; <see cref="RunAsync"/> ends once those already in it are written.</summary>
    public void Complete() => _pending.Writer.TryComplete();

    /// <summary>A full disk or a folder that cannot be written costs the clip file, never the message or its record.</summary>
    private void Save(Guid recordId, byte[] wav)
    {
        try
        {
            store.Save(recordId, wav);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("Clip of record {RecordId} not kept for rating at {Path}: {Error}", recordId, store.PathOf(recordId), e.Message);
        }
    }
}
