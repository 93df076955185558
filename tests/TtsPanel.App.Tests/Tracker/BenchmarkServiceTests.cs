using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TtsPanel.App.History;
using TtsPanel.App.Tests.Fakes;
using TtsPanel.App.Tracker;
using TtsPanel.App.Voices;

namespace TtsPanel.App.Tests.Tracker;

public sealed class BenchmarkServiceTests : IDisposable
{
    private readonly PanelFixture _panel = new();
    private readonly RunRepository _runs;
    private readonly BenchmarkService _service;

    public BenchmarkServiceTests()
    {
        _runs = new RunRepository(_panel.Database);
        var options = Options.Create(new TrackerOptions { MaxRepetitions = 3 });
        _service = new BenchmarkService(new BenchmarkRunner(_panel.History, _runs, _panel.Time), new BenchmarkSetCatalog(options), _panel.Voices,
            new ConfigurationSource(Options.Create(new EngineOptions())), options, _panel.Time, NullLogger<BenchmarkService>.Instance);
    }

    public void Dispose() => _panel.Dispose();

    [Theory]
    [InlineData("tiny", 0, "tone:a", "Repetitions must be between 1 and 3 (was 0).")]
    [InlineData("tiny", 4, "tone:a", "Repetitions must be between 1 and 3 (was 4).")]
    [InlineData("tiny", 1, "tone:zz", "Voice 'tone:zz' is not available.")]
    public void Start_BadRequest_SaysWhy(string set, int repetitions, string voice, string expected) =>
        Assert.Equal(expected, _service.Start(new BenchmarkStart(null, set, repetitions, voice)));

    [Fact]
    public void Start_UnknownSet_NamesTheSetAndTheFolder()
    {
        var error = _service.Start(new BenchmarkStart(null, "nope", 1, ToneEngine.Voice.Id));

        Assert.Equal($"There is no benchmark set 'nope' in {Path.Combine(AppContext.BaseDirectory, "benchmarks")}.", error);
    }

    [Fact]
    public async Task Start_TinySet_RunsInTheBackgroundAndRefusesASecondStartMeanwhile()
    {
        using var stop = new CancellationTokenSource();
        var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _service.Changed += () =>
        {
            if (_service.Current?.Run.State == BenchmarkRunState.Completed)
                finished.TrySetResult();
        };

        Assert.Null(_service.Start(new BenchmarkStart("", "tiny", 2, ToneEngine.Voice.Id)));
        Assert.Equal("A benchmark is already running; wait for it to finish or cancel it.",
            _service.Start(new BenchmarkStart("", "tiny", 1, ToneEngine.Voice.Id)));
        var worker = _service.RunAsync(stop.Token);
        await finished.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var run = Assert.Single(_runs.Newest(10));
        Assert.Equal(("tiny 2026-11-24 12:00", 4, "panel"), (run.Name, run.RecordCount, run.Source));
        Assert.Equal(4, _panel.History.ForRun(run.Id).Count);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => worker);
    }
}
