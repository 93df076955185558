namespace TtsPanel.Web.Access;

/// <summary>Who may use the panel (section <c>Access</c>). Passwords are read once at start and stored only as hashes.</summary>
public sealed class AccessOptions
{
    public const string Section = "Access";

    /// <summary>
    /// Admin password to store at start (as a PBKDF2 hash), replacing the stored one. Default none: the stored password
    /// stays. Needed once before binding a non-loopback address; pass it on the command line, not in a file.
    /// </summary>
    public string? AdminPassword { get; set; }

    /// <summary>Moderator password to store at start, like <see cref="AdminPassword"/>. Default none.</summary>
    public string? ModeratorPassword { get; set; }

    /// <summary>Failed logins from one client address before it must wait. Default 5.</summary>
    public int MaxLoginFailures { get; set; } = 5;

    /// <summary>Seconds a client address waits after <see cref="MaxLoginFailures"/> failures. Default 60.</summary>
    public int LoginLockoutSeconds { get; set; } = 60;
}
