using Microsoft.AspNetCore.Authorization;

namespace TtsPanel.Web.Access;

/// <summary>
/// Decides both panel requirements. Read on every check, so setting the first admin password closes the panel at once.
/// </summary>
public sealed class PanelAccessHandler(AccessStore store) : IAuthorizationHandler
{
    public Task HandleAsync(AuthorizationHandlerContext context)
    {
        var role = PanelClaims.Role(context.User);
        foreach (var requirement in context.PendingRequirements.ToList())
        {
            var met = requirement switch
            {
                PanelAccessRequirement panel => store.IsOpen || role >= panel.Minimum,
                OverlayKeyRequirement => HasOverlayKey(context.Resource),
                _ => false,
            };
            if (met)
                context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    // Endpoint routing passes the HttpContext as the resource; the key is in the query string of the page, the hub's
    // negotiate request and its WebSocket request alike.
    private bool HasOverlayKey(object? resource) =>
        resource is HttpContext http && store.IsOverlayKey(http.Request.Query[OverlayKeyRequirement.QueryName].FirstOrDefault());
}
