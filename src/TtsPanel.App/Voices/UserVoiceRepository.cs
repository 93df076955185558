using LiteDB;
using TtsPanel.App.Storage;

namespace TtsPanel.App.Voices;

/// <summary>
/// The voice each chat viewer picked with <c>!voice</c>, in the <c>user_voices</c> collection, one document per
/// viewer keyed by source and account (the account id where the source has one, so a rename keeps the voice).
/// </summary>
public sealed class UserVoiceRepository
{
    public const string Collection = "user_voices";

    private readonly PanelDatabase _database;
    private readonly ILiteCollection<BsonDocument> _voices;

    public UserVoiceRepository(PanelDatabase database)
    {
        _database = database;
        _voices = database.Database.GetCollection(Collection);
    }

    /// <summary>The voice id <paramref name="userKey"/> of <paramref name="source"/> picked, or null when none.</summary>
    public string? Find(string source, string userKey) =>
        _voices.FindById(Key(source, userKey)) is { } document && document.TryGetValue("VoiceId", out var voice) && voice.IsString
            ? voice.AsString
            : null;

    /// <summary>Stores <paramref name="voiceId"/> as the viewer's voice; on disk when this returns.</summary>
    public void Set(string source, string userKey, string userLogin, string voiceId, DateTimeOffset setAt)
    {
        _voices.Upsert(new BsonDocument
        {
            ["_id"] = Key(source, userKey),
            ["UserLogin"] = userLogin,
            ["VoiceId"] = voiceId,
            ["SetAt"] = setAt.UtcDateTime,
        });
        _database.Database.Checkpoint();
    }

    // Source names hold no ':' (twitch, youtube, webhook), so the key cannot be read two ways.
    private static string Key(string source, string userKey) => $"{source}:{userKey}";
}
