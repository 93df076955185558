using TtsPanel.Web.Access;

namespace TtsPanel.Web.Hosting;

/// <summary>
/// Serves <c>/overlay</c>: a plain page with no Blazor circuit, so an OBS browser source loads fast, stays
/// transparent and plays audio with nothing but the page's own script. It needs the overlay key (<c>?key=</c>), which
/// the page passes on to the playback hub.
/// </summary>
public static class OverlayPage
{
    public const string Path = "/overlay";
    public const string MissingKey = "This overlay URL has no key: copy the overlay URL from the panel's dashboard.";
    public const string WrongKey = "This overlay key is wrong or was regenerated: copy the overlay URL from the panel's dashboard again.";
    private const string FileName = "overlay.html";

    public static IEndpointRouteBuilder MapOverlayPage(this IEndpointRouteBuilder endpoints)
    {
        // Checked here rather than by a policy: OBS shows the body, so it says which of the two is wrong.
        endpoints.MapGet(Path, IResult (string? key, AccessStore access, IWebHostEnvironment environment) => key switch
        {
            null or "" => TypedResults.Text(MissingKey, statusCode: StatusCodes.Status401Unauthorized),
            _ when !access.IsOverlayKey(key) => TypedResults.Text(WrongKey, statusCode: StatusCodes.Status403Forbidden),
            _ => TypedResults.File(environment.WebRootFileProvider.GetFileInfo(FileName).CreateReadStream(), "text/html; charset=utf-8"),
        }).AllowAnonymous();
        return endpoints;
    }

    /// <summary>The full overlay URL to paste into OBS, e.g. <c>http://127.0.0.1:5080/overlay?key=…</c>.</summary>
    public static string Url(string baseUri, string key) =>
        $"{baseUri.TrimEnd('/')}{Path}?{OverlayKeyRequirement.QueryName}={Uri.EscapeDataString(key)}";
}
