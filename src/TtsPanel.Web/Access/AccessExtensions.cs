using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Options;
using TtsPanel.App;
using TtsPanel.App.Storage;
using TtsPanel.Web.Secrets;

namespace TtsPanel.Web.Access;

/// <summary>Registers and wires the panel's locked door: passwords, login cookie, roles, overlay key, origin check, secrets.</summary>
public static class AccessExtensions
{
    public const string CookieName = "TtsPanel.Session";

    public static WebApplicationBuilder AddTtsPanelAccess(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddValidatedOptions<AccessOptions, AccessOptionsValidator>(AccessOptions.Section);
        services.AddSingleton<AccessStore>();
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<PanelCookieEvents>();
        services.AddSingleton<IAuthorizationHandler, PanelAccessHandler>();
        // Before the other hosted services: a refused start should not first load voices or engines.
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, AccessSetupHost>());

        services.AddSingleton<IPostConfigureOptions<HostFilteringOptions>, LoopbackHosts>();

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.Cookie.Name = CookieName;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = LoginEndpoints.LoginPath;
            cookie.ReturnUrlParameter = "returnUrl";
            cookie.ExpireTimeSpan = TimeSpan.FromDays(7);
            cookie.SlidingExpiration = true;
            cookie.EventsType = typeof(PanelCookieEvents);
        });
        services.AddAuthorization(AccessPolicies.Add);
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, PanelAuthenticationStateProvider>();

        // The key ring protecting cookies and stored secrets lives in the data folder, so both survive a restart.
        services.AddDataProtection().SetApplicationName("TtsPanel");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>, KeyRingFolder>();
        services.AddSingleton<ISecretStore, ProtectedSecretStore>();
        return builder;
    }

    /// <summary>Origin check, then authentication and authorization; call after <c>UseRouting</c>, before <c>UseAntiforgery</c>.</summary>
    public static WebApplication UseTtsPanelAccess(this WebApplication app)
    {
        app.UseOriginCheck();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>The login and logout endpoints and the admin's overlay-key API.</summary>
    public static WebApplication MapTtsPanelAccess(this WebApplication app)
    {
        app.MapLogin();
        app.MapAccessApi();
        return app;
    }
}
