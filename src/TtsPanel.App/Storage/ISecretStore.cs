namespace TtsPanel.App.Storage;

/// <summary>
/// Secrets the panel keeps (chat OAuth token, API key, webhook token): stored protected, shown only masked, never logged.
/// </summary>
public interface ISecretStore
{
    /// <summary>
    /// Stores <paramref name="value"/> under <paramref name="name"/>. A value that is a mask (<see cref="SecretMask.IsMask"/>),
    /// as a form showing the masked secret sends back unchanged, is not stored and false is returned.
    /// </summary>
    bool Set(string name, string value);

    /// <summary>The secret in full, for the code that uses it; null when none is stored or it can no longer be read.</summary>
    string? Get(string name);

    /// <summary>The secret masked for display (<see cref="SecretMask.Mask"/>), or null when none is stored.</summary>
    string? Masked(string name);

    /// <summary>Forgets the secret; false when none was stored.</summary>
    bool Remove(string name);
}
