using System.Security.Cryptography;
using LiteDB;
using Microsoft.AspNetCore.DataProtection;
using TtsPanel.App.Storage;

namespace TtsPanel.Web.Secrets;

/// <summary>
/// <see cref="ISecretStore"/> over LiteDB with ASP.NET Data Protection: the database holds only protected payloads,
/// the key ring lives in the data folder. Logs name secrets, never their values.
/// </summary>
public sealed class ProtectedSecretStore(PanelDatabase database, IDataProtectionProvider protection, ILogger<ProtectedSecretStore> logger)
    : ISecretStore
{
    private const string Purpose = "TtsPanel.Secrets.v1";
    private readonly ILiteCollection<SecretDocument> _secrets = database.Database.GetCollection<SecretDocument>("secrets");
    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);

    public bool Set(string name, string value)
    {
        if (SecretMask.IsMask(value))
            return false;
        _secrets.Upsert(new SecretDocument { Id = name, Protected = _protector.Protect(value) });
        database.Database.Checkpoint();
        return true;
    }

    public string? Get(string name)
    {
        if (_secrets.FindById(name) is not { } document)
            return null;
        try
        {
            return _protector.Unprotect(document.Protected);
        }
        catch (CryptographicException)
        {
            // The key ring was lost or replaced: the secret is unreadable, so it must be entered again.
            logger.LogWarning("Secret {Name} cannot be read with the current key ring; enter it again", name);
            return null;
        }
    }

    public string? Masked(string name) => Get(name) is { } secret ? SecretMask.Mask(secret) : null;

    public bool Remove(string name)
    {
        var removed = _secrets.Delete(name);
        database.Database.Checkpoint();
        return removed;
    }
}
