using TtsPanel.Web.Hubs;

namespace TtsPanel.Web.Access;

/// <summary>
/// Refuses (403) a request to the playback hub or Blazor's circuit whose <c>Origin</c> header names another site, so a
/// page elsewhere cannot open a WebSocket riding on the panel's cookie or the overlay key. No <c>Origin</c> (OBS,
/// scripts, SignalR clients outside a browser) and the panel's own origin pass.
/// </summary>
public static class OriginCheck
{
    private static readonly PathString[] CheckedPaths = [PlaybackHub.Path, "/_blazor"];

    public static IApplicationBuilder UseOriginCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (IsForeign(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsync("Cross-origin requests to this endpoint are refused.", context.RequestAborted);
            return;
        }

        await next(context);
    });

    /// <summary>True for a checked path whose <c>Origin</c> is present and differs from the request's scheme and host.</summary>
    public static bool IsForeign(HttpRequest request)
    {
        var origins = request.Headers.Origin;
        if (origins.Count == 0 || !CheckedPaths.Any(p => request.Path.StartsWithSegments(p)))
            return false;
        // A browser sends one Origin header; several are refused rather than guessed at.
        if (origins.Count > 1)
            return true;
        var own = $"{request.Scheme}://{request.Host.Value}";
        return !string.Equals(origins[0], own, StringComparison.OrdinalIgnoreCase);
    }
}
