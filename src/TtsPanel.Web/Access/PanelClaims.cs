using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace TtsPanel.Web.Access;

/// <summary>What the login cookie carries: the role, and the session stamp of that role's password at sign-in.</summary>
public static class PanelClaims
{
    public const string StampType = "ttspanel:stamp";

    public static ClaimsPrincipal Create(PanelRole role, string stamp) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Role, role.ToString()), new Claim(StampType, stamp)],
            CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name, ClaimTypes.Role));

    /// <summary>The role <paramref name="user"/> signed in as, or null when not signed in.</summary>
    public static PanelRole? Role(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && Enum.TryParse<PanelRole>(user.FindFirstValue(ClaimTypes.Role), out var role)
            ? role
            : null;

    public static string? Stamp(ClaimsPrincipal user) => user.FindFirstValue(StampType);
}
