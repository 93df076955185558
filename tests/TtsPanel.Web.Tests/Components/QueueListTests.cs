using Bunit;
using TtsPanel.App.Moderation;
using TtsPanel.App.Queue;
using TtsPanel.Web.Components.Shared;

namespace TtsPanel.Web.Tests.Components;

public class QueueListTests : PanelComponentContext
{
    private static QueueItem Item(string text, QueueItemState state, string? error = null) =>
        new(Guid.NewGuid(), 0, text, "espeak-ng:en-us", state, DateTimeOffset.UnixEpoch, error);

    [Fact]
    public void Render_NoItems_SaysTheQueueIsEmpty()
    {
        var list = Render<QueueList>(p => p.Add(c => c.Items, []));

        Assert.Equal("The queue is empty.", list.Find("[data-testid=queue-empty]").TextContent);
    }

    [Fact]
    public void Render_ScriptAndImageInChat_AreShownAsTextNeverAsElements()
    {
        const string hostile = "<img src=x onerror=alert(1)> <script>alert(2)</script>";
        var item = Item(hostile, QueueItemState.Pending) with
        {
            Origin = new QueueItemOrigin("twitch", "#streamer", "m-1", "1", "troll", "<script>alert(3)</script>"),
        };

        var list = Render<QueueList>(p => p.Add(c => c.Items, [item]));

        var row = list.Find("[data-testid=queue-item]");
        Assert.Empty(row.QuerySelectorAll("img, script"));
        Assert.Contains(hostile, row.TextContent);
        Assert.Equal("<script>alert(3)</script>:", list.Find("[data-testid=queue-sender]").TextContent.Trim());
    }

    [Fact]
    public void Render_Items_ShowsEachStateAndRemoveOnlyForUnfinishedOnes()
    {
        QueueItem[] items =
        [
            Item("played", QueueItemState.Done),
            Item("now", QueueItemState.Playing),
            Item("broken", QueueItemState.Failed, "engine crashed"),
            Item("next", QueueItemState.Pending),
        ];

        var list = Render<QueueList>(p => p.Add(c => c.Items, items));

        var rows = list.FindAll("[data-testid=queue-item]");
        Assert.Equal(["done", "playing", "failed", "pending"], rows.Select(r => r.GetAttribute("data-state")));
        Assert.Contains("engine crashed", rows[2].TextContent);
        Assert.Equal([false, true, false, true], rows.Select(r => r.QuerySelector("[data-testid=queue-remove]") is not null));
    }

    [Fact]
    public void RemoveButton_RaisesOnRemoveWithTheItemId()
    {
        var item = Item("next", QueueItemState.Ready);
        Guid? removed = null;

        var list = Render<QueueList>(p => p.Add(c => c.Items, [item]).Add(c => c.OnRemove, id => removed = id));
        list.Find("[data-testid=queue-remove]").Click();

        Assert.Equal(item.Id, removed);
    }

    [Fact]
    public void Render_ChatItem_ShowsTheSenderAsTextAndAPriorityLane()
    {
        var item = Item("<i>hi</i>", QueueItemState.Pending) with
        {
            Origin = new QueueItemOrigin("twitch", "#streamer", "m-1", "1", "viewer", "<b>Viewer</b>"),
            Lane = SpeechLane.Bits,
        };

        var list = Render<QueueList>(p => p.Add(c => c.Items, [item, Item("own", QueueItemState.Pending)]));

        var senders = list.FindAll("[data-testid=queue-sender]");
        Assert.Equal("<b>Viewer</b>:", Assert.Single(senders).TextContent.Trim());
        Assert.Equal("bits", list.Find("[data-testid=queue-lane]").TextContent.Trim());
        Assert.Contains("<i>hi</i>", list.FindAll("[data-testid=queue-item]")[0].TextContent);
    }

    [Fact]
    public void Render_Forecast_ShowsPredictedStartAndLengthMarkingEstimates()
    {
        var playing = Item("now", QueueItemState.Playing) with { AudioSeconds = 4.0 };
        var pending = Item("next one", QueueItemState.Pending);
        var forecast = QueueEta.Predict([playing, pending with { Sequence = 1 }], _ => new RateEstimate(0.5, 0.25, Measured: true));

        var list = Render<QueueList>(p => p.Add(c => c.Items, [playing, pending]).Add(c => c.Forecast, forecast));

        // "next one": 8 characters × 0.25 s = 2 s, after the 4 s playing.
        Assert.Equal(["now", "in 4 s"], list.FindAll("[data-testid=queue-start]").Select(c => c.TextContent));
        Assert.Equal(["4.0 s", "~2.0 s"], list.FindAll("[data-testid=queue-length]").Select(c => c.TextContent.Trim()));
    }
}
