using System.Net;
using System.Net.Http.Json;
using TtsPanel.Testing;

namespace TtsPanel.Web.Tests.Integration;

/// <summary>The panel's access rules through real HTTP requests and real SignalR clients, with passwords set.</summary>
public class AccessTests(AccessFixture fixture) : IClassFixture<AccessFixture>
{
    private const string Foreign = "http://evil.example";

    [Theory]
    [InlineData("/", "/login?returnUrl=%2F")]
    [InlineData("/history", "/login?returnUrl=%2Fhistory")]
    public async Task Page_NotLoggedIn_RedirectsToLogin(string path, string location)
    {
        using var http = fixture.NewClient();

        using var answer = await http.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal(new Uri(fixture.Panel.BaseAddress, location), answer.Headers.Location);
    }

    [Fact]
    public async Task Api_NotLoggedIn_Returns401()
    {
        using var http = fixture.NewClient();

        using var answer = await http.PostAsync("/api/playback/skip", null);

        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
    }

    [Fact]
    public async Task Login_WrongPassword_Returns401WithMessageAndNoCookie()
    {
        using var http = fixture.NewClient();

        using var answer = await AccessFixture.LogInAsync(http, "not-the-password");

        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
        Assert.Contains("Wrong password.", await answer.Content.ReadAsStringAsync());
        Assert.False(answer.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Login_AdminPassword_SetsHttpOnlySameSiteStrictCookieAndOpensThePage()
    {
        using var http = fixture.NewClient();

        using var answer = await AccessFixture.LogInAsync(http, AccessFixture.AdminPassword, "/history");

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal("/history", answer.Headers.Location!.OriginalString);
        var cookie = Assert.Single(answer.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("TtsPanel.Session=", cookie);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        using var page = await http.GetAsync("/history");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Moderator_CanSkipButNotChangeVoicesSettingsOrTheOverlayKey()
    {
        using var http = await fixture.LoggedInAsync(AccessFixture.ModeratorPassword);

        using var skip = await http.PostAsync("/api/playback/skip", null);
        using var voices = await http.GetAsync("/voices");
        using var access = await http.GetAsync("/access");
        using var regenerate = await http.PostAsync("/api/access/overlay/regenerate", null);
        using var settingsPage = await http.GetAsync("/settings");
        using var settings = await http.GetAsync("/api/settings");
        using var saveSettings = await http.PutAsJsonAsync("/api/settings/Moderation", new Dictionary<string, string> { ["MaxWords"] = "5" });

        // 409: the skip was allowed and reached the queue, which had nothing to skip.
        Assert.Equal(HttpStatusCode.Conflict, skip.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, voices.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, access.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, regenerate.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, settingsPage.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, settings.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, saveSettings.StatusCode);
    }

    [Fact]
    public async Task Logout_LoggedIn_EndsTheSession()
    {
        using var http = await fixture.LoggedInAsync(AccessFixture.AdminPassword);

        using var logout = await http.PostAsync("/logout", null);
        using var after = await http.GetAsync("/api/queue");

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Theory]
    [InlineData("", HttpStatusCode.Unauthorized, "This overlay URL has no key")]
    [InlineData("?key=wrong", HttpStatusCode.Forbidden, "This overlay key is wrong or was regenerated")]
    public async Task Overlay_MissingOrWrongKey_IsRefusedSayingWhy(string query, HttpStatusCode status, string message)
    {
        using var http = fixture.NewClient();

        using var answer = await http.GetAsync("/overlay" + query);

        Assert.Equal(status, answer.StatusCode);
        Assert.Contains(message, await answer.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Overlay_RightKey_ServesThePageAndTheHubWelcomesIt()
    {
        using var admin = await fixture.LoggedInAsync(AccessFixture.AdminPassword);
        var key = await fixture.Panel.OverlayKeyAsync(admin);
        using var http = fixture.NewClient();

        using var page = await http.GetAsync($"/overlay?key={key}");
        await using var overlay = await OverlayClient.ConnectAsync(fixture.Panel.BaseAddress, key);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.True(overlay.Welcome.TryGetProperty("state", out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("wrong")]
    public async Task Hub_MissingOrWrongKey_RefusesTheConnection(string key)
    {
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => OverlayClient.ConnectAsync(fixture.Panel.BaseAddress, key));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task Hub_ForeignOrigin_RefusesTheConnectionEvenWithTheKey()
    {
        using var admin = await fixture.LoggedInAsync(AccessFixture.AdminPassword);
        var key = await fixture.Panel.OverlayKeyAsync(admin);

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => OverlayClient.ConnectAsync(fixture.Panel.BaseAddress, key, Foreign));
        await using var sameOrigin = await OverlayClient.ConnectAsync(fixture.Panel.BaseAddress, key,
            fixture.Panel.BaseAddress.GetLeftPart(UriPartial.Authority));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task Blazor_ForeignOrigin_Returns403ToTheLoggedInAdmin()
    {
        using var http = await fixture.LoggedInAsync(AccessFixture.AdminPassword);

        using var foreign = await NegotiateBlazorAsync(http, Foreign);
        using var own = await NegotiateBlazorAsync(http, fixture.Panel.BaseAddress.GetLeftPart(UriPartial.Authority));
        using var none = await NegotiateBlazorAsync(http, null);

        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
    }

    [Theory]
    [InlineData("evil.example", HttpStatusCode.BadRequest)]
    [InlineData("localhost", HttpStatusCode.OK)]
    public async Task Request_HostName_OnlyLoopbackNamesAreServed(string host, HttpStatusCode status)
    {
        using var http = fixture.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/login");
        request.Headers.Host = $"{host}:{fixture.Panel.BaseAddress.Port}";

        using var answer = await http.SendAsync(request);

        Assert.Equal(status, answer.StatusCode);
    }

    [Fact]
    public async Task Login_TooManyFailures_Returns429WithRetryAfterEvenForTheRightPassword()
    {
        await using var panel = await PanelProcess.StartAsync(new Dictionary<string, string>
        {
            ["Access:AdminPassword"] = AccessFixture.AdminPassword,
            ["Access:MaxLoginFailures"] = "3",
            ["Access:LoginLockoutSeconds"] = "600",
        });
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = panel.BaseAddress };

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var wrong = await AccessFixture.LogInAsync(http, $"wrong-password-{i}");
            statuses.Add(wrong.StatusCode);
        }
        using var right = await AccessFixture.LogInAsync(http, AccessFixture.AdminPassword);

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        var wait = right.Headers.RetryAfter!.Delta!.Value;
        Assert.InRange(wait.TotalSeconds, 1, 600);
        Assert.Contains($"Too many failed logins from this address: try again in {wait.TotalSeconds} s.", await right.Content.ReadAsStringAsync());
        Assert.False(right.Headers.Contains("Set-Cookie"));
    }

    private static Task<HttpResponseMessage> NegotiateBlazorAsync(HttpClient http, string? origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1");
        if (origin is not null)
            request.Headers.Add("Origin", origin);
        return http.SendAsync(request);
    }
}
