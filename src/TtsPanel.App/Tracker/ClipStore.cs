using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TtsPanel.App.Storage;

namespace TtsPanel.App.Tracker;

/// <summary>
/// Clips kept for rating, as <c>data/clips/&lt;record id&gt;.wav</c>. After each new clip the oldest beyond
/// <see cref="RatingsOptions.MaxClips"/> and those older than <see cref="RatingsOptions.MaxClipAgeDays"/> are deleted;
/// their ratings stay in the database. <see cref="ClipKeeper"/> calls <see cref="Save"/> after the clip was delivered.
/// A clip is written as <c>&lt;id&gt;.wav.part</c> and renamed when complete; a part left by a panel that stopped
/// mid-write (a crash, a power cut) is deleted by the next <see cref="Prune"/>.
/// </summary>
public sealed class ClipStore(IOptions<StorageOptions> storage, IOptions<RatingsOptions> options, TimeProvider time, ILogger<ClipStore> logger)
{
    private const string FolderName = "clips";
    private const string PartSuffix = ".part";
    private readonly Lock _gate = new();

    /// <summary>Full path of the clip folder.</summary>
    public string Folder { get; } = Path.GetFullPath(Path.Combine(storage.Value.DataDirectory, FolderName));

    /// <summary>Writes the WAV of record <paramref name="recordId"/>, stamped with the current time, then applies the retention limits.</summary>
    public void Save(Guid recordId, byte[] wav)
    {
        lock (_gate)
        {
            Directory.CreateDirectory(Folder);
            var path = PathOf(recordId);
            // Written beside and then renamed, so the History page never serves a clip half written: clips are saved
            // in the background, while the page may already list the record.
            var partial = path + PartSuffix;
            File.WriteAllBytes(partial, wav);
            // The stamp, not the file system's clock, orders clips for retention, so a test's fake time applies too.
            File.SetLastWriteTimeUtc(partial, time.GetUtcNow().UtcDateTime);
            File.Move(partial, path, overwrite: true);
            Prune();
        }
    }

    /// <summary>Where the clip of this record is kept, whether or not it exists.</summary>
    public string PathOf(Guid recordId) => Path.Combine(Folder, $"{recordId}.wav");

    /// <summary>Whether the clip of this record is still kept.</summary>
    public bool Exists(Guid recordId) => File.Exists(PathOf(recordId));

    /// <summary>The WAV of this record, or null once retention deleted it (or it was never kept).</summary>
    public byte[]? Read(Guid recordId)
    {
        try
        {
            return File.ReadAllBytes(PathOf(recordId));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // Retention may delete a clip between a page listing it and the browser asking for it.
            return null;
        }
    }

    /// <summary>
    /// Deletes clips past the count or age limit, oldest first, and parts left by an interrupted write; returns how
    /// many clips were deleted (parts not counted).
    /// </summary>
    public int Prune()
    {
        lock (_gate)
        {
            if (!Directory.Exists(Folder))
                return 0;
            // Save writes its part under this lock, so any part seen here was left by a write that never finished.
            foreach (var part in new DirectoryInfo(Folder).GetFiles($"*.wav{PartSuffix}"))
            {
                if (TryDelete(part))
                    logger.LogInformation("Deleted {Path}, a clip whose write was interrupted", part.FullName);
            }

            var limits = options.Value;
            var oldestKept = time.GetUtcNow().UtcDateTime.AddDays(-limits.MaxClipAgeDays);
            var deleted = 0;
            var newestFirst = new DirectoryInfo(Folder).GetFiles("*.wav")
                .OrderByDescending(f => f.LastWriteTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal).ToList();
            for (var i = 0; i < newestFirst.Count; i++)
            {
                var overCount = limits.MaxClips > 0 && i >= limits.MaxClips;
                var tooOld = limits.MaxClipAgeDays > 0 && newestFirst[i].LastWriteTimeUtc < oldestKept;
                if ((overCount || tooOld) && TryDelete(newestFirst[i]))
                    deleted++;
            }

            return deleted;
        }
    }

    private bool TryDelete(FileInfo file)
    {
        try
        {
            file.Delete();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A clip being read for playback cannot be deleted on every system; the next save tries again.
            logger.LogWarning("Clip {Path} could not be deleted yet: {Error}", file.FullName, e.Message);
            return false;
        }
    }
}
