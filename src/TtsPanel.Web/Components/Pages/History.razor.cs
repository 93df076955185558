using Microsoft.AspNetCore.Components;
using MudBlazor;
using TtsPanel.App.History;

namespace TtsPanel.Web.Components.Pages;

/// <summary>Every synthesis, newest first and paged, with RTF figures over a chosen time window.</summary>
public partial class History
{
    private MudTable<SynthesisRecord>? _table;
    private HistoryWindow _window = HistoryWindow.Default;
    private RtfSummary _summary = RtfSummary.Empty;

    [Inject] private HistoryRepository Records { get; set; } = null!;

    [Inject] private TimeProvider Time { get; set; } = null!;

    protected override void OnInitialized() => _summary = Records.Summarize(_window.Since(Time.GetUtcNow()));

    private Task<TableData<SynthesisRecord>> LoadPageAsync(TableState state, CancellationToken cancellationToken)
    {
        var since = _window.Since(Time.GetUtcNow());
        var page = Records.Newest(state.Page * state.PageSize, state.PageSize, since);
        return Task.FromResult(new TableData<SynthesisRecord> { Items = page, TotalItems = Records.Count(since) });
    }

    private async Task ChangeWindowAsync(HistoryWindow window)
    {
        _window = window;
        _summary = Records.Summarize(window.Since(Time.GetUtcNow()));
        if (_table is not null)
            await _table.ReloadServerData();
    }
}
