using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using TtsPanel.Web.Components.Account;

namespace TtsPanel.Web.Access;

/// <summary><c>GET/POST /login</c> and <c>POST /logout</c>: one password field, the role follows from the password.</summary>
public static class LoginEndpoints
{
    public const string LoginPath = "/login";
    public const string LogoutPath = "/logout";
    public const string WrongPassword = "Wrong password.";

    public static IEndpointRouteBuilder MapLogin(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(LoginPath, (AccessStore store, string? returnUrl) => store.IsOpen
                ? Results.Redirect("/")
                : new RazorComponentResult<LoginPage>(new { ReturnUrl = LocalPath(returnUrl) }))
            .AllowAnonymous();
        // No antiforgery token: the form carries no authority of its own, and the cookie it sets is SameSite=Strict.
        endpoints.MapPost(LoginPath, LogInAsync).AllowAnonymous().DisableAntiforgery();
        endpoints.MapPost(LogoutPath, async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return TypedResults.Redirect(LoginPath);
        }).AllowAnonymous().DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> LogInAsync(HttpContext http, AccessStore store, LoginThrottle throttle,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(LoginEndpoints));
        if (!http.Request.HasFormContentType)
            return TypedResults.Problem("Post the login form (application/x-www-form-urlencoded with a password field).",
                statusCode: StatusCodes.Status400BadRequest);
        var form = await http.Request.ReadFormAsync(cancellationToken);
        var returnUrl = LocalPath(form["returnUrl"]);
        if (store.IsOpen)
            return TypedResults.Redirect(returnUrl);

        var address = http.Connection.RemoteIpAddress ?? IPAddress.None;
        // A waiting address is answered before any hashing, so a flood of guesses costs the panel nothing.
        if (throttle.RetryAfter(address) is { } wait)
            return TooMany(http, returnUrl, wait);

        if (store.Verify(form["password"].ToString()) is not { } role)
        {
            throttle.RecordFailure(address);
            logger.LogWarning("Failed login from {Address}", address);
            return throttle.RetryAfter(address) is { } lockout
                ? TooMany(http, returnUrl, lockout)
                : Page(WrongPassword, returnUrl, StatusCodes.Status401Unauthorized);
        }

        throttle.RecordSuccess(address);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, PanelClaims.Create(role, store.Stamp(role)));
        logger.LogInformation("{Role} logged in from {Address}", role, address);
        return TypedResults.Redirect(returnUrl);
    }

    private static RazorComponentResult<LoginPage> TooMany(HttpContext http, string returnUrl, TimeSpan wait)
    {
        var seconds = (int)Math.Ceiling(wait.TotalSeconds);
        http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Page($"Too many failed logins from this address: try again in {seconds} s.", returnUrl, StatusCodes.Status429TooManyRequests);
    }

    private static RazorComponentResult<LoginPage> Page(string message, string returnUrl, int statusCode) =>
        new(new { Message = message, ReturnUrl = returnUrl }) { StatusCode = statusCode };

    /// <summary>Only a path on this panel: "/history" stays, "https://evil.example" or "//evil.example" become "/".</summary>
    public static string LocalPath(string? returnUrl) =>
        returnUrl is ['/', not ('/' or '\\'), ..] or "/" ? returnUrl : "/";
}
