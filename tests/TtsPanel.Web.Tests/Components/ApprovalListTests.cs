using Bunit;
using Microsoft.AspNetCore.Components.Web;
using TtsPanel.App.Queue;
using TtsPanel.Web.Components.Shared;

namespace TtsPanel.Web.Tests.Components;

public class ApprovalListTests : PanelComponentContext
{
    private static QueueItem Waiting(string text, string displayName) =>
        new(Guid.NewGuid(), 0, text, "espeak-ng:en-us", QueueItemState.AwaitingApproval, DateTimeOffset.UnixEpoch,
            Origin: new QueueItemOrigin("twitch", "#streamer", "m", "1", displayName.ToLowerInvariant(), displayName));

    private readonly List<string> _calls = [];

    private IRenderedComponent<ApprovalList> RenderList(IReadOnlyList<QueueItem> items, bool requireApproval = true) =>
        Render<ApprovalList>(p => p.Add(c => c.Items, items).Add(c => c.RequireApproval, requireApproval)
            .Add(c => c.OnApprove, id => _calls.Add($"approve {id}"))
            .Add(c => c.OnReject, id => _calls.Add($"reject {id}"))
            .Add(c => c.OnApproveAll, () => _calls.Add("approve all")));

    [Fact]
    public void Render_ApprovalOffAndNothingWaiting_ShowsNothing() =>
        Assert.Empty(RenderList([], requireApproval: false).FindAll("[data-testid=approval-list]"));

    [Fact]
    public void Render_ApprovalOnAndNothingWaiting_SaysSoWithApproveAllDisabled()
    {
        var list = RenderList([]);

        Assert.Equal("Nothing waits for approval.", list.Find("[data-testid=approval-empty]").TextContent);
        Assert.True(list.Find("[data-testid=approve-all]").HasAttribute("disabled"));
    }

    [Fact]
    public void Render_WaitingItems_ShowsSenderAndTextAsTextOldestFirst()
    {
        var list = RenderList([Waiting("<b>first</b>", "Viewer"), Waiting("second", "Other")]);

        var rows = list.FindAll("[data-testid=approval-item]");
        Assert.Equal(["Viewer: <b>first</b>", "Other: second"], rows.Select(r => r.TextContent.Trim()));
        Assert.Contains("To approve (2)", list.Markup);
    }

    [Fact]
    public void Buttons_RaiseApproveRejectAndApproveAll()
    {
        var first = Waiting("first", "Viewer");
        var second = Waiting("second", "Other");
        var list = RenderList([first, second]);

        list.FindAll("[data-testid=approve]")[1].Click();
        list.FindAll("[data-testid=reject]")[0].Click();
        list.Find("[data-testid=approve-all]").Click();

        Assert.Equal([$"approve {second.Id}", $"reject {first.Id}", "approve all"], _calls);
    }

    [Fact]
    public void Keys_ActOnTheOldestOrOnAll_AndOtherKeysDoNothing()
    {
        var first = Waiting("first", "Viewer");
        var list = RenderList([first, Waiting("second", "Other")]);
        var focus = list.Find("[data-testid=approval-list]");

        focus.KeyDown(key: "a");
        focus.KeyDown(key: "r");
        focus.KeyDown(new KeyboardEventArgs { Key = "A", ShiftKey = true });
        focus.KeyDown(key: "x");
        focus.KeyDown(new KeyboardEventArgs { Key = "a", CtrlKey = true });

        Assert.Equal([$"approve {first.Id}", $"reject {first.Id}", "approve all"], _calls);
    }
}
