using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TtsPanel.App.History;
using TtsPanel.App.Voices;

namespace TtsPanel.App.Tracker;

/// <summary>
/// Benchmark runs started from the panel: one at a time, in the background through the engine (not the chat
/// queue), with progress for the page. Chat messages spoken meanwhile share the engine, so a run is best made
/// while the chat is quiet.
/// </summary>
public sealed class BenchmarkService(
    BenchmarkRunner runner,
    BenchmarkSetCatalog sets,
    VoiceCatalog voices,
    ConfigurationSource configurations,
    IOptions<TrackerOptions> options,
    TimeProvider time,
    ILogger<BenchmarkService> logger)
{
    /// <summary>Longest run name accepted.</summary>
    public const int MaxNameLength = 60;

    /// <summary>Unrecorded syntheses before a panel run: the first of a voice prepares its reference and initialises the graphs.</summary>
    private const int WarmupSyntheses = 1;

    private readonly Channel<BenchmarkPlan> _plans = Channel.CreateBounded<BenchmarkPlan>(1);
    private readonly Lock _gate = new();
    private CancellationTokenSource? _cancel;
    private bool _busy;

    /// <summary>The running (or last) run's progress; null before the first run.</summary>
    public BenchmarkProgress? Current { get; private set; }

    /// <summary>Whether a run is queued or running.</summary>
    public bool IsBusy
    {
        get
        {
            lock (_gate)
                return _busy;
        }
    }

    /// <summary>Raised on the running thread whenever <see cref="Current"/> changes.</summary>
    public event Action? Changed;

    /// <summary>Queues a run; null when it was accepted, else the message saying why not.</summary>
    public string? Start(BenchmarkStart request)
    {
        var (plan, error) = Plan(request);
        if (plan is null)
            return error;
        lock (_gate)
        {
            if (_busy)
                return "A benchmark is already running; wait for it to finish or cancel it.";
            _busy = true;
        }

        _plans.Writer.TryWrite(plan);
        return null;
    }

    /// <summary>Stops the running benchmark after its current synthesis; its records so far are kept.</summary>
    public void Cancel()
    {
        lock (_gate)
            _cancel?.Cancel();
    }

    /// <summary>Runs queued benchmarks until <paramref name="stoppingToken"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        await foreach (var plan in _plans.Reader.ReadAllAsync(stoppingToken))
        {
            using var cancel = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            lock (_gate)
                _cancel = cancel;
            try
            {
                logger.LogInformation("Benchmark {RunName} started: set {SetName} × {Repetitions} in {VoiceId}", plan.Name, plan.Set.Name,
                    plan.Repetitions, plan.Voice.Id);
                var run = await runner.RunAsync(plan, Report, cancel.Token);
                logger.LogInformation("Benchmark {RunId} {State}: median RTF {MedianRtf:0.000} over {Count} syntheses", run.Id, run.State,
                    run.MedianRtf, run.RecordCount);
            }
            finally
            {
                lock (_gate)
                {
                    _cancel = null;
                    _busy = false;
                }

                Changed?.Invoke();
            }
        }
    }

    private void Report(BenchmarkProgress progress)
    {
        Current = progress;
        Changed?.Invoke();
    }

    private (BenchmarkPlan? Plan, string? Error) Plan(BenchmarkStart request)
    {
        var name = string.IsNullOrWhiteSpace(request.Name)
            ? $"{request.SetName} {time.GetUtcNow().UtcDateTime:yyyy-MM-dd HH:mm}"
            : request.Name.Trim();
        if (name.Length > MaxNameLength)
            return (null, $"Give the run a name of at most {MaxNameLength} characters.");
        var max = options.Value.MaxRepetitions;
        if (request.Repetitions < 1 || request.Repetitions > max)
            return (null, $"Repetitions must be between 1 and {max} (was {request.Repetitions}).");
        if (voices.Find(request.VoiceId) is not { } voice)
            return (null, $"Voice '{request.VoiceId}' is not available.");
        BenchmarkSet? set;
        try
        {
            set = sets.Find(request.SetName);
        }
        catch (FormatException e)
        {
            return (null, e.Message);
        }

        if (set is null)
            return (null, $"There is no benchmark set '{request.SetName}' in {options.Value.BenchmarkPath}.");
        var engine = voices.EngineFor(voice);
        return (new BenchmarkPlan(name, set, request.Repetitions, WarmupSyntheses, engine, voice, configurations.For(engine), "panel"), null);
    }
}
