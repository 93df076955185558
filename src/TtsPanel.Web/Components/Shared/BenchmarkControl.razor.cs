using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using TtsPanel.App.Tracker;
using TtsPanel.App.Voices;

namespace TtsPanel.Web.Components.Shared;

/// <summary>Starts a benchmark run in the background, shows its progress live, and lists recent runs.</summary>
public partial class BenchmarkControl : IDisposable
{
    private const int RunsShown = 8;

    private string? _name;
    private string _set = "";
    private int _repetitions = 3;
    private string _voiceId = "";
    private string? _error;
    private IReadOnlyList<BenchmarkRun> _runs = [];

    [Inject] private BenchmarkService Benchmarks { get; set; } = null!;

    [Inject] private BenchmarkSetCatalog Sets { get; set; } = null!;

    [Inject] private RunRepository Runs { get; set; } = null!;

    [Inject] private VoiceCatalog Voices { get; set; } = null!;

    [Inject] private IOptions<TrackerOptions> Options { get; set; } = null!;

    protected override void OnInitialized()
    {
        var names = Sets.Names;
        _set = names.Contains("standard") ? "standard" : names.FirstOrDefault() ?? "";
        _voiceId = Voices.DefaultVoice?.Id ?? "";
        _runs = Runs.Newest(RunsShown);
        Benchmarks.Changed += OnChanged;
    }

    public void Dispose() => Benchmarks.Changed -= OnChanged;

    private void Start()
    {
        _error = Benchmarks.Start(new BenchmarkStart(_name, _set, _repetitions, _voiceId));
        _runs = Runs.Newest(RunsShown);
    }

    private void OnChanged() => _ = InvokeAsync(() =>
    {
        _runs = Runs.Newest(RunsShown);
        StateHasChanged();
    });

    private static string State(BenchmarkRun run) => run.State switch
    {
        BenchmarkRunState.Failed => $"failed: {run.Error}",
        _ => run.State.ToString().ToLowerInvariant(),
    };
}
