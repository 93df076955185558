namespace TtsPanel.Web.Access;

/// <summary>A stored password: PBKDF2-HMAC-SHA256 of the password with its own salt and iteration count.</summary>
public sealed class PasswordHash
{
    /// <summary>Random salt, 16 bytes.</summary>
    public byte[] Salt { get; set; } = [];

    /// <summary>PBKDF2 iterations used for <see cref="Hash"/>; kept so the count can grow without breaking old hashes.</summary>
    public int Iterations { get; set; }

    /// <summary>Derived key, 32 bytes.</summary>
    public byte[] Hash { get; set; } = [];
}
