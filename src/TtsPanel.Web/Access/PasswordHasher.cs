using System.Security.Cryptography;

namespace TtsPanel.Web.Access;

/// <summary>Hashes and checks panel passwords with PBKDF2 (HMAC-SHA256); the password itself is never stored.</summary>
public static class PasswordHasher
{
    /// <summary>Iterations for new hashes: OWASP's 2021 figure for PBKDF2-HMAC-SHA256, about 0.1 s per check here.</summary>
    public const int Iterations = 310_000;

    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    public static PasswordHash Create(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        return new PasswordHash { Salt = salt, Iterations = Iterations, Hash = Derive(password, salt, Iterations) };
    }

    /// <summary>True when <paramref name="password"/> is the one <paramref name="stored"/> was made from; constant time.</summary>
    public static bool Verify(string password, PasswordHash stored) =>
        CryptographicOperations.FixedTimeEquals(Derive(password, stored.Salt, stored.Iterations), stored.Hash);

    private static byte[] Derive(string password, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, HashBytes);
}
