using Bunit;
using TtsPanel.App.Queue;
using TtsPanel.Web.Components.Shared;

namespace TtsPanel.Web.Tests.Components;

public class RefusalCountsTests : PanelComponentContext
{
    [Fact]
    public void Render_NothingRefused_ShowsNothing()
    {
        var counts = Render<RefusalCounts>(p => p.Add(c => c.Counts, new Dictionary<QueueRefusal, long>()));

        Assert.Empty(counts.FindAll("[data-testid=refusal-counts]"));
    }

    [Fact]
    public void Render_Refusals_NamesEachReasonWithItsCount()
    {
        var counts = Render<RefusalCounts>(p => p.Add(c => c.Counts,
            new Dictionary<QueueRefusal, long> { [QueueRefusal.QueueFull] = 3, [QueueRefusal.InvalidText] = 1 }));

        Assert.Equal("Refused since start: queue full 3 · invalid text 1",
            counts.Find("[data-testid=refusal-counts]").TextContent.Trim());
    }
}
