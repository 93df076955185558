namespace TtsPanel.Web.Hosting;

/// <summary>
/// Serves <c>/overlay</c>: a plain page with no Blazor circuit, so an OBS browser source loads fast, stays
/// transparent and plays audio with nothing but the page's own script.
/// </summary>
public static class OverlayPage
{
    private const string FileName = "overlay.html";

    public static IEndpointRouteBuilder MapOverlayPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/overlay", (IWebHostEnvironment environment) =>
            TypedResults.File(environment.WebRootFileProvider.GetFileInfo(FileName).CreateReadStream(), "text/html; charset=utf-8"));
        return endpoints;
    }
}
