using System.Globalization;
using LiteDB;
using Microsoft.Extensions.Logging;
using TtsPanel.App.Storage;

namespace TtsPanel.App.Chat.YouTube;

/// <summary>
/// Today's YouTube quota count in the <c>youtube_quota</c> collection: one document holding the Pacific-time day and
/// the units spent on it. A document that cannot be read is logged and treated as none (the count starts from zero and
/// the next save replaces it); a failed save is logged and the count goes on in memory, so polling never stops for it.
/// </summary>
public sealed class YouTubeQuotaRepository
{
    public const string Collection = "youtube_quota";

    private const string DocumentId = "today";
    private const string DayFormat = "yyyy-MM-dd";

    private readonly ILiteCollection<BsonDocument> _documents;
    private readonly ILogger<YouTubeQuotaRepository> _logger;

    public YouTubeQuotaRepository(PanelDatabase database, ILogger<YouTubeQuotaRepository> logger)
    {
        _documents = database.Database.GetCollection(Collection);
        _logger = logger;
    }

    /// <summary>The stored count, or null when none is stored or it cannot be read.</summary>
    public YouTubeQuotaDay? Load()
    {
        if (_documents.FindById(DocumentId) is not { } document)
            return null;
        if (document.TryGetValue("Day", out var day) && day.IsString
            && DateOnly.TryParseExact(day.AsString, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            && document.TryGetValue("Spent", out var spent) && spent.IsInt32 && spent.AsInt32 >= 0)
            return new YouTubeQuotaDay(parsed, spent.AsInt32);
        _logger.LogWarning(
            "The stored YouTube quota count ({Document}) is not a day and a number of units; counting today's quota from zero",
            document.ToString());
        return null;
    }

    /// <summary>Stores <paramref name="count"/> in place of the one stored.</summary>
    public void Save(YouTubeQuotaDay count)
    {
        try
        {
            // Committed to LiteDB's log file, which a restart after a crash reads back; no checkpoint per poll.
            _documents.Upsert(new BsonDocument
            {
                ["_id"] = DocumentId,
                ["Day"] = count.Day.ToString(DayFormat, CultureInfo.InvariantCulture),
                ["Spent"] = count.Spent,
            });
        }
        catch (Exception e) when (e is LiteException or IOException)
        {
            _logger.LogWarning(e, "Could not store the YouTube quota count ({Spent} units); it goes on in memory", count.Spent);
        }
    }
}
