using Bunit;
using TtsPanel.Web.Components.Shared;

namespace TtsPanel.Web.Tests.Components;

public class BacklogStatusTests : PanelComponentContext
{
    [Fact]
    public void Render_WithinBudget_ShowsTheBacklogWithoutWarning()
    {
        var status = Render<BacklogStatus>(p => p.Add(c => c.BacklogSeconds, 42.4).Add(c => c.BudgetSeconds, 300));

        Assert.Equal("Backlog: 42 s", status.Find("[data-testid=backlog]").TextContent.Trim());
        Assert.Empty(status.FindAll("[data-testid=backlog-warning]"));
    }

    [Fact]
    public void Render_PastBudget_WarnsNamingTheSetting()
    {
        var status = Render<BacklogStatus>(p => p.Add(c => c.BacklogSeconds, 372).Add(c => c.BudgetSeconds, 300));

        Assert.Contains("The backlog is 6 min 12 s, past the budget of 5 min 00 s (Queue:BacklogBudgetSeconds).",
            status.Find("[data-testid=backlog-warning]").TextContent);
    }

    [Fact]
    public void Render_Paused_SaysTheStartsCountFromResume()
    {
        var status = Render<BacklogStatus>(p => p.Add(c => c.BacklogSeconds, 42).Add(c => c.BudgetSeconds, 300).Add(c => c.Paused, true));

        Assert.Equal("Playback is paused: the predicted starts count from when it resumes.", status.Find("[data-testid=backlog-paused]").TextContent.Trim());
    }

    [Fact]
    public void Render_Playing_SaysNothingAboutAPause() =>
        Assert.Empty(Render<BacklogStatus>(p => p.Add(c => c.BacklogSeconds, 42).Add(c => c.BudgetSeconds, 300)).FindAll("[data-testid=backlog-paused]"));

    [Fact]
    public void Render_EmptyQueue_ShowsNothing() =>
        Assert.Empty(Render<BacklogStatus>(p => p.Add(c => c.BacklogSeconds, 0).Add(c => c.BudgetSeconds, 300)).Markup.Trim());
}
