using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
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
    private int _windowCount;

    [Inject] private HistoryRepository Records { get; set; } = null!;

    [Inject] private TimeProvider Time { get; set; } = null!;

    [Inject] private RatingRepository Ratings { get; set; } = null!;

    [Inject] private RatingService Rating { get; set; } = null!;

    [Inject] private ClipStore Clips { get; set; } = null!;

    [Inject] private IOptions<TrackerOptions> TrackerOptions { get; set; } = null!;


    protected override void OnInitialized() => Summarize();

    // Like the Performance page, the figures come from the newest Tracker:MaxRecordsAggregated records of the window.
    private void Summarize()
    {
        var since = _window.Since(Time.GetUtcNow());
        _summary = Records.Summarize(since, TrackerOptions.Value.MaxRecordsAggregated);
        _windowCount = Records.Count(since);
    }

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
        Summarize();
        if (_table is not null)
            await _table.ReloadServerData();
    }
}
