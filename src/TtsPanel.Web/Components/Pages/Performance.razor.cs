using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using TtsPanel.App.History;
using TtsPanel.App.Tracker;
using TtsPanel.App.Voices;

namespace TtsPanel.Web.Components.Pages;

/// <summary>
/// RTF over time, figures per configuration, stage breakdown, the regression flag and every record, for a time
/// window and optional voice, engine and configuration; benchmark runs start here too.
/// </summary>
public partial class Performance : IDisposable
{
    private PerformanceFilter _filter = PerformanceFilter.Default;
    private RecordFilter _recordFilter = RecordFilter.All;
    private PerformanceReport _report = new(0, 0, [], [], null);
    private IReadOnlyList<EngineConfiguration> _configurations = [];
    private int _version;
    private BenchmarkRunState? _lastState;

    [Inject] private PerformanceQueries Queries { get; set; } = null!;

    [Inject] private HistoryRepository History { get; set; } = null!;

    [Inject] private VoiceCatalog Voices { get; set; } = null!;

    [Inject] private BenchmarkService Benchmarks { get; set; } = null!;

    [Inject] private IOptions<TrackerOptions> Options { get; set; } = null!;

    [Inject] private TimeProvider Time { get; set; } = null!;

    protected override void OnInitialized()
    {
        Load();
        Benchmarks.Changed += OnBenchmarkChanged;
    }

    public void Dispose() => Benchmarks.Changed -= OnBenchmarkChanged;

    private void Load()
    {
        _recordFilter = _filter.ToRecordFilter(Time.GetUtcNow());
        _report = Queries.Report(_recordFilter);
        _configurations = History.Configurations();
        _version++;
    }

    private void Apply(PerformanceFilter filter)
    {
        _filter = filter;
        Load();
    }

    // Each stored synthesis of a run is new data: refresh the figures as the run goes (on the circuit's dispatcher).
    private void OnBenchmarkChanged()
    {
        var progress = Benchmarks.Current;
        if (progress is null || (progress.Last is null && progress.Run.State == _lastState))
            return;
        _lastState = progress.Run.State;
        _ = InvokeAsync(() =>
        {
            Load();
            StateHasChanged();
        });
    }
}
