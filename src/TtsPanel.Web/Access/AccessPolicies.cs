using Microsoft.AspNetCore.Authorization;

namespace TtsPanel.Web.Access;

/// <summary>The panel's authorization policies, by name, for <c>[Authorize(Policy = ...)]</c> and <c>RequireAuthorization</c>.</summary>
public static class AccessPolicies
{
    /// <summary>Moderator or admin: the dashboard, history, playback and queue. Also the fallback for every endpoint.</summary>
    public const string Moderator = nameof(Moderator);

    /// <summary>Admin only: settings, voices, passwords and the overlay key.</summary>
    public const string Admin = nameof(Admin);

    /// <summary>The overlay key in the query string (<c>?key=</c>): the overlay page and the playback hub.</summary>
    public const string Overlay = nameof(Overlay);

    internal static void Add(AuthorizationOptions options)
    {
        var moderator = new AuthorizationPolicyBuilder().AddRequirements(new PanelAccessRequirement(PanelRole.Moderator)).Build();
        options.AddPolicy(Moderator, moderator);
        options.AddPolicy(Admin, p => p.AddRequirements(new PanelAccessRequirement(PanelRole.Admin)));
        options.AddPolicy(Overlay, p => p.AddRequirements(new OverlayKeyRequirement()));
        // Every endpoint without a policy of its own (pages, APIs, /_blazor, endpoints added later) needs a moderator.
        options.FallbackPolicy = moderator;
    }
}
