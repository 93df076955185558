using LiteDB;
using Microsoft.Extensions.Logging;
using TtsPanel.App.Storage;

namespace TtsPanel.App.Queue;

/// <summary>
/// Where the queue lives on disk. Unfinished items are in the <c>queue</c> collection, which therefore stays as small
/// as the queue; an item that finishes moves, in one transaction, to <c>queue_finished</c> with the time it finished.
/// Finished items are not put in the <c>syntheses</c> history: that holds one record per synthesis with its timings,
/// and a removed, rejected or failed item may have had none, or two.
/// </summary>
public sealed class QueueStore
{
    public const string LiveCollection = "queue";
    public const string FinishedCollection = "queue_finished";

    private readonly PanelDatabase _database;
    private readonly ILiteCollection<BsonDocument> _live;
    private readonly ILiteCollection<BsonDocument> _finished;
    private readonly ILogger<QueueStore> _logger;

    public QueueStore(PanelDatabase database, ILogger<QueueStore> logger)
    {
        _database = database;
        _logger = logger;
        _live = database.Database.GetCollection(LiveCollection);
        _finished = database.Database.GetCollection(FinishedCollection);
        // The finished collection grows for as long as the panel is used: the index keeps finding its last sequence cheap.
        _finished.EnsureIndex(QueueDocument.SequenceField);
        // A retried webhook request is looked up by its key among everything ever queued.
        _finished.EnsureIndex(QueueDocument.IdempotencyKeyField);
    }

    /// <summary>
    /// The stored unfinished items in arrival order. A document that cannot be read is logged, left where it is for
    /// the streamer to inspect, and skipped, so one bad document never stops the panel or the rest of the queue.
    /// </summary>
    public IReadOnlyList<QueueItem> LoadUnfinished()
    {
        List<QueueItem> items = [];
        foreach (var document in _live.FindAll())
        {
            try
            {
                items.Add(QueueDocument.ToItem(document));
            }
            catch (FormatException e)
            {
                _logger.LogError("Queue document {DocumentId} in the '{Collection}' collection of {File} is skipped and left in place: {Reason}",
                    QueueDocument.DescribeId(document), LiveCollection, _database.FilePath, e.Message);
            }
        }

        return items.OrderBy(i => i.Sequence).ToList();
    }

    /// <summary>The highest sequence number of a finished item, or -1 when none finished yet.</summary>
    public long LastFinishedSequence()
    {
        var last = _finished.Query().OrderByDescending(QueueDocument.SequenceField).Limit(1).FirstOrDefault();
        return last?[QueueDocument.SequenceField] is { IsNumber: true } sequence ? sequence.AsInt64 : -1;
    }

    /// <summary>
    /// The finished item that was queued with <paramref name="idempotencyKey"/>, or null. One that cannot be read
    /// counts as none: the key is then honoured no further than the live queue.
    /// </summary>
    public QueueItem? FindFinished(string idempotencyKey)
    {
        var document = _finished.FindOne(Query.EQ(QueueDocument.IdempotencyKeyField, idempotencyKey));
        if (document is null)
            return null;
        try
        {
            return QueueDocument.ToItem(document);
        }
        catch (FormatException e)
        {
            _logger.LogError("Queue document {DocumentId} in the '{Collection}' collection of {File} cannot be read: {Reason}",
                QueueDocument.DescribeId(document), FinishedCollection, _database.FilePath, e.Message);
            return null;
        }
    }

    /// <summary>Writes an unfinished item; when this returns, the item survives a crash of the process.</summary>
    public void Save(QueueItem item)
    {
        _live.Upsert(QueueDocument.From(item));
        WaitForDisk();
    }

    /// <summary>Moves finished items out of the live collection, all or none of them.</summary>
    public void MoveToFinished(IReadOnlyCollection<QueueItem> items, DateTimeOffset finishedAt)
    {
        if (items.Count == 0)
            return;
        var database = _database.Database;
        // LiteDB transactions belong to the calling thread; callers hold the queue's lock and do not await inside it.
        database.BeginTrans();
        try
        {
            foreach (var item in items)
            {
                var document = QueueDocument.From(item);
                document[QueueDocument.FinishedAtField] = finishedAt.UtcDateTime;
                _finished.Upsert(document);
                _live.Delete(item.Id);
            }

            database.Commit();
        }
        catch
        {
            database.Rollback();
            throw;
        }

        WaitForDisk();
    }

    /// <summary>
    /// LiteDB 5 returns from a commit before its background writer has put the pages in the log file, so a process
    /// killed just after an acknowledgement could lose the message, or play a finished one again. A checkpoint waits
    /// for that writer (which flushes to disk) and then folds the log into the data file, which stays cheap because
    /// the log never holds more than the last write.
    /// </summary>
    private void WaitForDisk() => _database.Database.Checkpoint();
}
