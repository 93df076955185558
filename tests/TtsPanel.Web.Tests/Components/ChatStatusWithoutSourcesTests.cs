using Bunit;
using TtsPanel.Web.Components.Shared;

namespace TtsPanel.Web.Tests.Components;

public class ChatStatusWithoutSourcesTests : PanelComponentContext
{
    [Fact]
    public void Render_NoSource_SaysHowToEnableTwitch()
    {
        var status = Render<ChatStatus>();

        Assert.Contains("set Chat:Twitch:Enabled", status.Find("[data-testid=chat-none]").TextContent);
        Assert.Empty(status.FindAll("[data-testid=chat-source]"));
    }
}
