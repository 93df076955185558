using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using LiteDB;
using TtsPanel.App.Storage;

namespace TtsPanel.Web.Access;

/// <summary>
/// The panel's passwords (as PBKDF2 hashes) and overlay key, in LiteDB. Without an admin password the panel is open
/// (loopback only, enforced at start); with one, every page, API and the hub need a login or the overlay key.
/// </summary>
public sealed class AccessStore
{
    private const int KeyBytes = 32;
    private readonly LiteDatabase _database;
    private readonly ILiteCollection<AccessDocument> _collection;
    private readonly Lock _lock = new();
    private volatile AccessDocument _document;

    public AccessStore(PanelDatabase database)
    {
        _database = database.Database;
        _collection = _database.GetCollection<AccessDocument>("access");
        _document = _collection.FindById(AccessDocument.SingleId) ?? new AccessDocument();
        if (_document.OverlayKey.Length == 0)
            Save(d => d.OverlayKey = NewSecret());
    }

    /// <summary>Raised after a password or the overlay key changed.</summary>
    public event Action? Changed;

    /// <summary>True while no admin password is set: everyone who reaches the panel is treated as admin.</summary>
    public bool IsOpen => _document.Admin is null;

    public bool HasModeratorPassword => _document.Moderator is not null;

    /// <summary>The key <c>/overlay</c> and the playback hub require, generated once and kept until regenerated.</summary>
    public string OverlayKey => _document.OverlayKey;

    /// <summary>The role <paramref name="password"/> signs in as, or null. Both hashes are always checked, so the time
    /// taken says nothing about which password was close.</summary>
    public PanelRole? Verify(string password)
    {
        var admin = Matches(PanelRole.Admin, password);
        var moderator = Matches(PanelRole.Moderator, password);
        return admin ? PanelRole.Admin : moderator ? PanelRole.Moderator : null;
    }

    /// <summary>True when <paramref name="password"/> is the stored password of <paramref name="role"/>.</summary>
    public bool Matches(PanelRole role, string password) =>
        (role == PanelRole.Admin ? _document.Admin : _document.Moderator) is { } hash && PasswordHasher.Verify(password, hash);

    /// <summary>The current session stamp of <paramref name="role"/>; a session carrying another one has ended.</summary>
    public string Stamp(PanelRole role) => role == PanelRole.Admin ? _document.AdminStamp : _document.ModeratorStamp;

    /// <summary>Stores <paramref name="password"/> (already checked by <see cref="PasswordRules"/>) for <paramref name="role"/>.</summary>
    public void SetPassword(PanelRole role, string password)
    {
        var hash = PasswordHasher.Create(password);
        Save(d =>
        {
            if (role == PanelRole.Admin)
                (d.Admin, d.AdminStamp) = (hash, NewSecret());
            else
                (d.Moderator, d.ModeratorStamp) = (hash, NewSecret());
        });
    }

    /// <summary>Removes the moderator password; moderators signed in are signed out.</summary>
    public void RemoveModeratorPassword() => Save(d => (d.Moderator, d.ModeratorStamp) = (null, NewSecret()));

    /// <summary>Replaces the overlay key; overlays must be given the new URL.</summary>
    public void RegenerateOverlayKey() => Save(d => d.OverlayKey = NewSecret());

    /// <summary>True when <paramref name="key"/> is the overlay key; constant time.</summary>
    public bool IsOverlayKey(string? key) =>
        key is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(OverlayKey));

    private void Save(Action<AccessDocument> change)
    {
        lock (_lock)
        {
            // Change a copy and store it before it becomes current: a failed write leaves the old rules in force.
            var next = _database.Mapper.ToObject<AccessDocument>(_database.Mapper.ToDocument(_document));
            change(next);
            _collection.Upsert(next);
            _database.Checkpoint();
            _document = next;
        }

        Changed?.Invoke();
    }

    private static string NewSecret() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(KeyBytes));
}
