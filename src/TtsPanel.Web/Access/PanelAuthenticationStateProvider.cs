using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace TtsPanel.Web.Access;

/// <summary>
/// Re-checks a live page's sign-in every 30 s: once its password changed (or the moderator password was removed), the
/// circuit's user becomes anonymous and the page shows "not authorized", without waiting for a reload.
/// </summary>
public sealed class PanelAuthenticationStateProvider(AccessStore store, ILoggerFactory loggers)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(30);

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        var user = authenticationState.User;
        // Nobody signed in: nothing to end (on an open panel the policies let everyone in, and stop once it closes).
        if (user.Identity?.IsAuthenticated != true)
            return Task.FromResult(true);
        return Task.FromResult(PanelClaims.Role(user) is { } role && PanelClaims.Stamp(user) == store.Stamp(role));
    }
}
