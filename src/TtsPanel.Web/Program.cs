using Microsoft.Extensions.Options;
using TtsPanel.App;
using TtsPanel.App.Chat.YouTube;
using TtsPanel.App.Storage;
using TtsPanel.Web;
using TtsPanel.Web.Access;
using TtsPanel.Web.Api;
using TtsPanel.Web.Components;
using TtsPanel.Web.Hosting;
using TtsPanel.Web.Hubs;
using TtsPanel.Web.Settings;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    // appsettings.json and the overlay files live beside the program, wherever it is started from.
    ContentRootPath = AppContext.BaseDirectory,
});

// Kestrel needs the bind address before the host is built, so the server settings are checked here first.
var server = builder.Configuration.GetSection(ServerOptions.Section).Get<ServerOptions>() ?? new ServerOptions();
if (new ServerOptionsValidator().Validate(null, server) is { Failed: true } serverCheck)
    return StartupFailure.Report(serverCheck.Failures);

builder.Services.AddTtsPanelApp();
builder.Services.AddYouTubeChat();
builder.Services.AddTtsPanelChat();
builder.AddTtsPanelWeb(server);
builder.AddTtsPanelAccess();
builder.AddTtsPanelSettings();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
// The overlay's files (top-level wwwroot/) are served before routing; MapStaticAssets serves Blazor's and MudBlazor's.
app.UseStaticFiles();
app.UseRouting();
app.UseTtsPanelAccess();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapTtsPanelAccess();
app.MapSpeechApi();
app.MapPlaybackApi();
app.MapMessagesApi();
app.MapApprovalApi();
app.MapTrackerApi();
app.MapRatingsApi();
app.MapSettingsApi();
app.MapOverlayPage();
app.MapHub<PlaybackHub>(PlaybackHub.Path).RequireAuthorization(AccessPolicies.Overlay);
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

try
{
    // Saved settings join the configuration before the options are validated at start.
    app.LoadTtsPanelSettings();
    await app.RunAsync();
    return 0;
}
catch (OptionsValidationException e)
{
    return StartupFailure.Report(e.Failures);
}
catch (StorageException e)
{
    return StartupFailure.Report([e.Message]);
}
