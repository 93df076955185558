namespace TtsPanel.App.Storage;

/// <summary>How a secret is shown: bullets, plus its last four characters when it is long enough to spare them.</summary>
public static class SecretMask
{
    /// <summary>Every mask starts with this; no real token does.</summary>
    public const string Prefix = "••••";

    /// <summary>Shortest secret whose last four characters are shown: at most a third of it.</summary>
    public const int MinLengthShowingEnd = 12;

    private const int ShownCharacters = 4;

    /// <summary><c>••••abcd</c> for a long secret, <c>••••</c> alone for a short one.</summary>
    public static string Mask(string secret) =>
        secret.Length >= MinLengthShowingEnd ? Prefix + secret[^ShownCharacters..] : Prefix;

    /// <summary>True when <paramref name="value"/> looks like a mask rather than a secret.</summary>
    public static bool IsMask(string value) => value.StartsWith(Prefix, StringComparison.Ordinal);
}
