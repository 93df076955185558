using Microsoft.AspNetCore.Components;
using MudBlazor;
using TtsPanel.App.Moderation;
using TtsPanel.App.Queue;

namespace TtsPanel.Web.Components.Shared;

/// <summary>
/// The live queue, oldest first, with each item's state, its sender and lane for chat messages, its predicted start
/// and length, and a remove button while it is unfinished.
/// </summary>
public partial class QueueList
{
    /// <summary>The queue items to show, in play order.</summary>
    [Parameter, EditorRequired] public IReadOnlyList<QueueItem> Items { get; set; } = [];

    /// <summary>Predicted start and length of the unfinished items; finished ones show their measured length only.</summary>
    [Parameter] public QueueForecast Forecast { get; set; } = QueueForecast.Empty;

    /// <summary>Raised with an item's id when the streamer removes it.</summary>
    [Parameter] public EventCallback<Guid> OnRemove { get; set; }

    /// <summary>The lower-case state name also used by the API, e.g. <c>ready</c>.</summary>
    public static string StateName(QueueItemState state) => state.ToString().ToLowerInvariant();

    private static string LaneName(SpeechLane lane) => lane switch
    {
        SpeechLane.Bits => "bits",
        SpeechLane.ChannelPoints => "channel points",
        SpeechLane.Moderator => "moderator",
        _ => "",
    };

    private static Color StateColor(QueueItemState state) => state switch
    {
        QueueItemState.Synthesizing => Color.Info,
        QueueItemState.Ready => Color.Primary,
        QueueItemState.Playing => Color.Success,
        QueueItemState.Failed => Color.Error,
        QueueItemState.Skipped or QueueItemState.Removed or QueueItemState.Rejected => Color.Warning,
        _ => Color.Default,
    };
}
