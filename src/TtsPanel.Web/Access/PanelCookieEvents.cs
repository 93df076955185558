using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using TtsPanel.Web.Hubs;

namespace TtsPanel.Web.Access;

/// <summary>
/// Ends sessions whose password changed since sign-in, and answers API, hub and circuit requests with 401/403 instead
/// of the login page's redirect, which a script or a WebSocket could not follow.
/// </summary>
public sealed class PanelCookieEvents(AccessStore store) : CookieAuthenticationEvents
{
    private static readonly PathString[] NonPagePaths = ["/api", PlaybackHub.Path, "/_blazor"];

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        if (context.Principal is { } user && PanelClaims.Role(user) is { } role && PanelClaims.Stamp(user) == store.Stamp(role))
            return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (IsPage(context.Request))
            return base.RedirectToLogin(context);
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Task.CompletedTask;
    }

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }

    private static bool IsPage(HttpRequest request) => !NonPagePaths.Any(p => request.Path.StartsWithSegments(p));
}
