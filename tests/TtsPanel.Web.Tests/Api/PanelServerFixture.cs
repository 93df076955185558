using TtsPanel.Testing;

namespace TtsPanel.Web.Tests.Api;

/// <summary>One running panel shared by the API tests of a class, with a short text limit to test against.</summary>
public sealed class PanelServerFixture : IAsyncLifetime
{
    public const int MaxTextLength = 40;

    public PanelProcess Panel { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Panel = await PanelProcess.StartAsync(new Dictionary<string, string> { ["Queue:MaxTextLength"] = $"{MaxTextLength}" });
        Http = new HttpClient { BaseAddress = Panel.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Panel.DisposeAsync();
    }
}
