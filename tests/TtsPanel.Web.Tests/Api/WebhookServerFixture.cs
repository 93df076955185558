using System.Net.Http.Headers;
using TtsPanel.Testing;

namespace TtsPanel.Web.Tests.Api;

/// <summary>One running panel with the webhook on, shared by the webhook tests of a class, with a short text limit.</summary>
public sealed class WebhookServerFixture : IAsyncLifetime
{
    public const string Token = "test-token-0123456789abcdef";
    public const int MaxTextLength = 40;

    public PanelProcess Panel { get; private set; } = null!;

    /// <summary>A client sending the right token.</summary>
    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Panel = await PanelProcess.StartAsync(new Dictionary<string, string>
        {
            ["Webhook:Enabled"] = "true",
            ["Webhook:Token"] = Token,
            ["Webhook:RateLimitMessages"] = "10000",
            ["Queue:MaxTextLength"] = $"{MaxTextLength}",
        });
        Http = new HttpClient { BaseAddress = Panel.BaseAddress };
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Panel.DisposeAsync();
    }
}
