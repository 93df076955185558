using Microsoft.AspNetCore.Components;
using MudBlazor;
using TtsPanel.App.History;
using TtsPanel.App.Tracker;

namespace TtsPanel.Web.Components.Pages;

/// <summary>Every synthesis, newest first and paged, with RTF figures over a chosen time window, its kept clip and its rating.</summary>
public partial class History
{
    private MudTable<SynthesisRecord>? _table;
    private HistoryWindow _window = HistoryWindow.Default;
    private RtfSummary _summary = RtfSummary.Empty;
    private IReadOnlyDictionary<Guid, QualityRating> _ratings = new Dictionary<Guid, QualityRating>();
    private string? _ratingError;

    [Inject] private HistoryRepository Records { get; set; } = null!;

    [Inject] private TimeProvider Time { get; set; } = null!;

    [Inject] private RatingRepository Ratings { get; set; } = null!;

    [Inject] private RatingService Rating { get; set; } = null!;

    [Inject] private ClipStore Clips { get; set; } = null!;

    protected override void OnInitialized() => _summary = Records.Summarize(_window.Since(Time.GetUtcNow()));

    private Task<TableData<SynthesisRecord>> LoadPageAsync(TableState state, CancellationToken cancellationToken)
    {
        var since = _window.Since(Time.GetUtcNow());
        var page = Records.Newest(state.Page * state.PageSize, state.PageSize, since);
        _ratings = Ratings.FindMany(page.Select(r => r.Id));
        return Task.FromResult(new TableData<SynthesisRecord> { Items = page, TotalItems = Records.Count(since) });
    }

    private void Rate(SynthesisRecord record, int score)
    {
        var outcome = Rating.Rate(record.Id, score, note: null);
        _ratingError = outcome.Error?.Message;
        if (outcome.Rating is { } rating)
            _ratings = new Dictionary<Guid, QualityRating>(_ratings) { [record.Id] = rating };
    }

    private async Task ChangeWindowAsync(HistoryWindow window)
    {
        _window = window;
        _summary = Records.Summarize(window.Since(Time.GetUtcNow()));
        if (_table is not null)
            await _table.ReloadServerData();
    }
}
