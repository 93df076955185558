using Microsoft.AspNetCore.Components;
using TtsPanel.App.History;
using TtsPanel.App.Tracker;
using TtsPanel.App.Tracker.Listening;

namespace TtsPanel.Web.Components.Pages;

/// <summary>
/// Two benchmark runs or two configurations side by side, with speed ratios, mean quality ratings and blind A/B votes;
/// the choice lives in the address (<c>?a=…&amp;b=…</c>).
/// </summary>
public partial class Compare
{
    private const int RunsOffered = 50;

    private IReadOnlyList<CompareSubject> _subjects = [];
    private (ConfigurationFigures? Figures, string? Problem) _a;
    private (ConfigurationFigures? Figures, string? Problem) _b;

    /// <summary>Side A: <c>run:&lt;id&gt;</c> or <c>config:&lt;id&gt;</c>.</summary>
    [SupplyParameterFromQuery] public string? A { get; set; }

    /// <summary>Side B, as <see cref="A"/>.</summary>
    [SupplyParameterFromQuery] public string? B { get; set; }

    [Inject] private RunRepository Runs { get; set; } = null!;

    [Inject] private HistoryRepository History { get; set; } = null!;

    [Inject] private PerformanceQueries Queries { get; set; } = null!;

    [Inject] private NavigationManager Navigation { get; set; } = null!;

    [Inject] private RatingRepository Ratings { get; set; } = null!;

    [Inject] private AbVoteRepository Votes { get; set; } = null!;

    protected override void OnParametersSet()
    {
        _subjects = [.. Runs.Newest(RunsOffered).Select(CompareSubject.ForRun), .. History.Configurations().Select(CompareSubject.ForConfiguration)];
        _a = CompareSubject.Resolve(A, Runs, Queries);
        _b = CompareSubject.Resolve(B, Runs, Queries);
    }

    // The address holds the choice, so a comparison can be bookmarked or shared.
    private void Choose(string side, string key) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter(side.ToLowerInvariant(), key));

    /// <summary>A's share of the decided votes with its 95 % Wilson interval, e.g. <c>67 % (30 %–90 %)</c>.</summary>
    private static string Share(bool aIsFirst, PairPreference votes)
    {
        var interval = votes.FirstInterval;
        var (share, low, high) = aIsFirst
            ? (votes.FirstShare, interval.Low, interval.High)
            : (1 - votes.FirstShare, 1 - interval.High, 1 - interval.Low);
        return $"{share:0 %} ({low:0 %}–{high:0 %})";
    }
}
