using System.Globalization;
using LiteDB;
using TtsPanel.App.Moderation;

namespace TtsPanel.App.Queue;

/// <summary>
/// A queue item as a LiteDB document, written and read field by field rather than by the mapper, so a document that
/// was edited by hand or written by another version fails with the field it is wrong in, not deep inside LiteDB.
/// The clip is not stored: after a restart the item is synthesized again.
/// </summary>
internal static class QueueDocument
{
    public const string FinishedAtField = "FinishedAt";
    public const string SequenceField = "Sequence";
    public const string IdempotencyKeyField = "IdempotencyKey";

    public static BsonDocument From(QueueItem item) => new()
    {
        ["_id"] = item.Id,
        [SequenceField] = item.Sequence,
        ["Text"] = item.Text,
        ["VoiceId"] = item.VoiceId,
        // By name, as the enum's comment promises: a new state appended later cannot shift the stored ones.
        ["State"] = item.State.ToString(),
        ["EnqueuedAt"] = item.EnqueuedAt.UtcDateTime,
        ["Attempts"] = item.Attempts,
        ["Error"] = item.Error is { } error ? error : BsonValue.Null,
        ["AudioSeconds"] = item.AudioSeconds is { } seconds ? seconds : BsonValue.Null,
        ["Origin"] = item.Origin is { } origin ? FromOrigin(origin) : BsonValue.Null,
        ["Lane"] = item.Lane.ToString(),
        ["HoldUntil"] = item.HoldUntil is { } hold ? hold.UtcDateTime : BsonValue.Null,
        [IdempotencyKeyField] = item.IdempotencyKey is { } key ? key : BsonValue.Null,
    };

    /// <summary>Reads a stored item; throws <see cref="FormatException"/> naming the first field that is missing or wrong.</summary>
    public static QueueItem ToItem(BsonDocument document)
    {
        var id = Read(document, "_id", v => v.IsGuid, "a GUID").AsGuid;
        var stateName = Read(document, "State", v => v.IsString, "a state name").AsString;
        if (!Enum.GetNames<QueueItemState>().Contains(stateName))
            throw new FormatException($"field 'State' is '{stateName}', not one of {string.Join(", ", Enum.GetNames<QueueItemState>())}");

        return new QueueItem(
            id,
            Read(document, SequenceField, v => v.IsNumber, "a number").AsInt64,
            Read(document, "Text", v => v.IsString && v.AsString.Length > 0, "non-empty text").AsString,
            Read(document, "VoiceId", v => v.IsString && v.AsString.Length > 0, "a voice id").AsString,
            Enum.Parse<QueueItemState>(stateName),
            new DateTimeOffset(Read(document, "EnqueuedAt", v => v.IsDateTime, "a date").AsDateTime.ToUniversalTime()),
            Error: Optional(document, "Error", v => v.IsString, "text")?.AsString,
            AudioSeconds: Optional(document, "AudioSeconds", v => v.IsNumber, "a number")?.AsDouble,
            Attempts: Optional(document, "Attempts", v => v.IsInt32 && v.AsInt32 >= 0, "a count")?.AsInt32 ?? 0,
            // The fields below came with chat; documents written before them load as the panel's own ordinary messages.
            Origin: Optional(document, "Origin", v => v.IsDocument, "a document") is { } origin ? ToOrigin(origin.AsDocument) : null,
            Lane: ReadLane(document),
            HoldUntil: Optional(document, "HoldUntil", v => v.IsDateTime, "a date") is { } hold
                ? new DateTimeOffset(hold.AsDateTime.ToUniversalTime())
                : null,
            IdempotencyKey: Optional(document, IdempotencyKeyField, v => v.IsString, "text")?.AsString);
    }

    private static BsonDocument FromOrigin(QueueItemOrigin origin) => new()
    {
        ["Source"] = origin.Source,
        ["Channel"] = origin.Channel,
        ["MessageId"] = origin.MessageId is { } messageId ? messageId : BsonValue.Null,
        ["UserId"] = origin.UserId is { } userId ? userId : BsonValue.Null,
        ["UserLogin"] = origin.UserLogin,
        ["DisplayName"] = origin.DisplayName,
    };

    private static QueueItemOrigin ToOrigin(BsonDocument origin) => new(
        Read(origin, "Source", v => v.IsString && v.AsString.Length > 0, "Origin's source name").AsString,
        Read(origin, "Channel", v => v.IsString, "Origin's channel").AsString,
        Optional(origin, "MessageId", v => v.IsString, "Origin's message id")?.AsString,
        Optional(origin, "UserId", v => v.IsString, "Origin's user id")?.AsString,
        Read(origin, "UserLogin", v => v.IsString, "Origin's user login").AsString,
        Read(origin, "DisplayName", v => v.IsString, "Origin's display name").AsString);

    private static SpeechLane ReadLane(BsonDocument document)
    {
        var name = Optional(document, "Lane", v => v.IsString, "a lane name")?.AsString;
        if (name is null)
            return SpeechLane.Ordinary;
        return Enum.GetNames<SpeechLane>().Contains(name)
            ? Enum.Parse<SpeechLane>(name)
            : throw new FormatException($"field 'Lane' is '{name}', not one of {string.Join(", ", Enum.GetNames<SpeechLane>())}");
    }

    /// <summary>The document's id as text for a log line, whatever its type; "(none)" when it has none.</summary>
    public static string DescribeId(BsonDocument document) =>
        document.TryGetValue("_id", out var id) ? id.ToString() : "(none)";

    private static BsonValue Read(BsonDocument document, string field, Func<BsonValue, bool> isValid, string expected) =>
        Optional(document, field, isValid, expected) ?? throw new FormatException($"field '{field}' is missing, expected {expected}");

    private static BsonValue? Optional(BsonDocument document, string field, Func<BsonValue, bool> isValid, string expected)
    {
        if (!document.TryGetValue(field, out var value) || value.IsNull)
            return null;
        return isValid(value)
            ? value
            : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"field '{field}' is {value}, expected {expected}"));
    }
}
