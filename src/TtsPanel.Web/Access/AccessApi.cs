using Microsoft.AspNetCore.Http.HttpResults;
using TtsPanel.Web.Hosting;

namespace TtsPanel.Web.Access;

/// <summary>Admin-only HTTP API for the overlay key: read the overlay URL, or replace the key.</summary>
public static class AccessApi
{
    public static IEndpointRouteBuilder MapAccessApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/access").RequireAuthorization(AccessPolicies.Admin);
        api.MapGet("/overlay", (HttpRequest request, AccessStore store) => Link(request, store));
        api.MapPost("/overlay/regenerate", (HttpRequest request, AccessStore store) =>
        {
            store.RegenerateOverlayKey();
            return Link(request, store);
        });
        return endpoints;
    }

    private static Ok<OverlayLink> Link(HttpRequest request, AccessStore store) =>
        TypedResults.Ok(new OverlayLink(store.OverlayKey, OverlayPage.Url($"{request.Scheme}://{request.Host}", store.OverlayKey)));
}
