using Microsoft.AspNetCore.Components;
using MudBlazor;
using TtsPanel.App.Chat;
using TtsPanel.App.Moderation;

namespace TtsPanel.Web.Components.Shared;

/// <summary>
/// Each chat source's connection, live (state, message, next retry, input it skipped or dropped), and what chat did
/// since the start.
/// </summary>
public partial class ChatStatus : IDisposable
{
    private IReadOnlyList<IChatSource> _sources = [];
    private int _renderPending;

    [Inject] private IEnumerable<IChatSource> Sources { get; set; } = null!;

    [Inject] private ChatCounters Counters { get; set; } = null!;

    [Inject] private ChatModerator Moderator { get; set; } = null!;

    private long Ignored => Moderator.Counters.Snapshot().Where(c => c.Key.IsIgnored()).Sum(c => c.Value);

    private long Refused => Moderator.Counters.Snapshot().Where(c => !c.Key.IsIgnored()).Sum(c => c.Value);

    protected override void OnInitialized()
    {
        _sources = Sources.ToList();
        foreach (var source in _sources)
        {
            source.StatusChanged += OnStatusChanged;
            source.Losses.Changed += OnChanged;
        }

        Counters.Changed += OnChanged;
        Moderator.Counters.Changed += OnChanged;
    }

    public void Dispose()
    {
        foreach (var source in _sources)
        {
            source.StatusChanged -= OnStatusChanged;
            source.Losses.Changed -= OnChanged;
        }

        Counters.Changed -= OnChanged;
        Moderator.Counters.Changed -= OnChanged;
    }

    private void OnStatusChanged(ChatSourceStatus status) => OnChanged();

    // Raised on the source's or the ingestion's thread: hop onto the circuit's dispatcher before rendering. A chat flood
    // counts thousands of messages a second; one render waiting at a time shows the latest counts without a backlog.
    private void OnChanged()
    {
        if (Interlocked.Exchange(ref _renderPending, 1) == 0)
        {
            _ = InvokeAsync(() =>
            {
                Volatile.Write(ref _renderPending, 0);
                StateHasChanged();
            });
        }
    }

    private static Color StateColor(ChatSourceState state) => state switch
    {
        ChatSourceState.Connected => Color.Success,
        ChatSourceState.Connecting or ChatSourceState.Reconnecting => Color.Warning,
        ChatSourceState.Failed => Color.Error,
        _ => Color.Default,
    };
}
