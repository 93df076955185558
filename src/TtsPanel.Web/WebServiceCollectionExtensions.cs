using System.Text.Json;
using System.Text.Json.Serialization;
using MudBlazor.Services;
using TtsPanel.App;
using TtsPanel.App.Playback;
using TtsPanel.Web.Api.Webhook;
using TtsPanel.Web.Hosting;
using TtsPanel.Web.Hubs;

namespace TtsPanel.Web;

/// <summary>Registers the web front: Blazor with MudBlazor, the SignalR hub, problem details, hosted services.</summary>
public static class WebServiceCollectionExtensions
{
    public static WebApplicationBuilder AddTtsPanelWeb(this WebApplicationBuilder builder, ServerOptions server)
    {
        builder.Services.AddValidatedOptions<ServerOptions, ServerOptionsValidator>(ServerOptions.Section);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Parse(server.BindAddress), server.Port));
        // Serves MudBlazor's and Blazor's files from the build output too, not only after publish.
        builder.WebHost.UseStaticWebAssets();

        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(o => ConfigureJson(o.SerializerOptions));
        builder.Services.AddSignalR().AddJsonProtocol(o => ConfigureJson(o.PayloadSerializerOptions));

        builder.Services.AddValidatedOptions<WebhookOptions, WebhookOptionsValidator>(WebhookOptions.Section);
        builder.Services.AddSingleton<WebhookGate>();
        builder.Services.AddSingleton<WebhookIntake>();
        builder.Services.AddSingleton<IPlaybackOutput, HubPlaybackOutput>();
        // Before the worker's host: hosts stop in reverse order, so the clip writer drains after the worker stopped.
        builder.Services.AddHostedService<ClipKeeperHost>();
        builder.Services.AddHostedService<SynthesisWorkerHost>();
        builder.Services.AddHostedService<QueueBroadcastHost>();
        builder.Services.AddHostedService<WarmupHost>();
        builder.Services.AddHostedService<ChatIngestionHost>();
        builder.Services.AddHostedService<BenchmarkHost>();
        return builder;
    }

    /// <summary>camelCase names and enum names as strings ("ready"), the same over HTTP and SignalR.</summary>
    private static void ConfigureJson(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
    }
}
