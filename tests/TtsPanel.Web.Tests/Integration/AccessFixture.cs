using System.Net;
using TtsPanel.Testing;

namespace TtsPanel.Web.Tests.Integration;

/// <summary>One running panel with an admin and a moderator password, shared by the access tests of a class.</summary>
public sealed class AccessFixture : IAsyncLifetime
{
    public const string AdminPassword = "admin-password-1";
    public const string ModeratorPassword = "moderator-password-1";

    public PanelProcess Panel { get; private set; } = null!;

    public async Task InitializeAsync() => Panel = await PanelProcess.StartAsync(new Dictionary<string, string>
    {
        ["Access:AdminPassword"] = AdminPassword,
        ["Access:ModeratorPassword"] = ModeratorPassword,
    });

    /// <summary>A client with its own cookie jar that follows no redirects, so each answer is seen as sent.</summary>
    public HttpClient NewClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = Panel.BaseAddress };

    /// <summary>A client logged in with <paramref name="password"/>.</summary>
    public async Task<HttpClient> LoggedInAsync(string password)
    {
        var http = NewClient();
        using var answer = await LogInAsync(http, password);
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        return http;
    }

    public static Task<HttpResponseMessage> LogInAsync(HttpClient http, string password, string returnUrl = "/") =>
        http.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["password"] = password, ["returnUrl"] = returnUrl }));

    public Task DisposeAsync() => Panel.DisposeAsync().AsTask();
}
