using Bunit;
using TtsPanel.Web.Components.Shared;

namespace TtsPanel.Web.Tests.Components;

public class ChatStatusWithoutSourcesTests : PanelComponentContext
{
    [Fact]
    public void Render_NoSource_PointsToTheReadme()
    {
        var status = Render<ChatStatus>();

        Assert.Equal("No chat source is enabled: the README's \"Chat\" section says how to switch one on.",
            status.Find("[data-testid=chat-none]").TextContent.Trim());
        Assert.Empty(status.FindAll("[data-testid=chat-source]"));
    }
}
