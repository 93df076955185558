using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using TtsPanel.App.Queue;

namespace TtsPanel.Web.Components.Shared;

/// <summary>Chat messages waiting for the streamer's approval, oldest first, with approve, reject and approve-all.</summary>
public partial class ApprovalList
{
    /// <summary>The items in <see cref="QueueItemState.AwaitingApproval"/>, oldest first.</summary>
    [Parameter, EditorRequired] public IReadOnlyList<QueueItem> Items { get; set; } = [];

    /// <summary>Whether approval mode is on; the list is shown while it is, even empty. Default false.</summary>
    [Parameter] public bool RequireApproval { get; set; }

    /// <summary>Raised with an item's id when the streamer approves it.</summary>
    [Parameter] public EventCallback<Guid> OnApprove { get; set; }

    /// <summary>Raised with an item's id when the streamer rejects it.</summary>
    [Parameter] public EventCallback<Guid> OnReject { get; set; }

    /// <summary>Raised when the streamer approves every waiting item.</summary>
    [Parameter] public EventCallback OnApproveAll { get; set; }

    private Task OnKeyDownAsync(KeyboardEventArgs e)
    {
        if (e.CtrlKey || e.AltKey || e.MetaKey)
            return Task.CompletedTask;
        var oldest = Items.Count > 0 ? Items[0].Id : (Guid?)null;
        return (e.Key.ToLowerInvariant(), e.ShiftKey, oldest) switch
        {
            ("a", true, not null) => OnApproveAll.InvokeAsync(),
            ("a", false, { } id) => OnApprove.InvokeAsync(id),
            ("r", false, { } id) => OnReject.InvokeAsync(id),
            _ => Task.CompletedTask,
        };
    }
}
