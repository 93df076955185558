namespace TtsPanel.Web.Access;

/// <summary>The one document of the <c>access</c> collection: password hashes, session stamps and the overlay key.</summary>
public sealed class AccessDocument
{
    public const string SingleId = "access";

    public string Id { get; set; } = SingleId;

    public PasswordHash? Admin { get; set; }

    public PasswordHash? Moderator { get; set; }

    /// <summary>Changes with the admin password, so sessions signed in with the old one end.</summary>
    public string AdminStamp { get; set; } = "";

    /// <summary>Changes with the moderator password, so sessions signed in with the old one end.</summary>
    public string ModeratorStamp { get; set; } = "";

    /// <summary>The secret the overlay URL carries; empty until first needed.</summary>
    public string OverlayKey { get; set; } = "";
}
