using Microsoft.Extensions.Options;
using Spectre.Console;
using TtsPanel.App.History;
using TtsPanel.App.Storage;
using TtsPanel.App.Tracker;
using TtsPanel.App.Voices;
using TtsPanel.Engine.Abstractions;
using TtsPanel.Engine.Espeak;
using TtsPanel.Engine.F5;
using TtsPanel.Engine.Onnx;

namespace TtsPanel.Bench;

/// <summary>
/// <c>run</c>: a benchmark set × repetitions through the engine in-process (no web server), with progress on the
/// terminal, a table of figures, and the run stored in the panel's LiteDB file the way the panel stores its own.
/// </summary>
public static class RunCommand
{
    /// <summary>Runs the set; 0 when the run completed, 1 when the engine failed or it was cancelled.</summary>
    /// <exception cref="ArgumentException">The set, voice, provider or comparison run does not exist or cannot be used.</exception>
    /// <exception cref="StorageException">The database file cannot be opened (locked by the panel, corrupt).</exception>
    public static async Task<int> RunAsync(BenchRunOptions options, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var set = ReadSet(options.Set);
        var databasePath = Path.GetFullPath(options.Database);
        using var database = new PanelDatabase(Options.Create(new StorageOptions
        {
            DataDirectory = Path.GetDirectoryName(databasePath)!,
            DatabaseFileName = Path.GetFileName(databasePath),
        }));
        var history = new HistoryRepository(database);
        var runs = new RunRepository(database);
        var baseline = options.Compare is { } compareId
            ? runs.Find(compareId) ?? throw new ArgumentException($"--compare: there is no run {compareId} in {databasePath}.")
            : null;

        var engineOptions = EngineSettings(options);
        var engine = CreateEngine(options, engineOptions);
        try
        {
            var voice = PickVoice(options, engine);
            var configuration = new ConfigurationSource(Options.Create(engineOptions)).For(engine);
            var name = options.Name ?? $"{set.Name} {TimeProvider.System.GetUtcNow().UtcDateTime:yyyy-MM-dd HH:mm}";
            var plan = new BenchmarkPlan(name, set, options.Repeat, options.Warmup, engine, voice, configuration, "bench");
            console.MarkupLineInterpolated($"Benchmark [bold]{name}[/]: set {set.Name} ({set.Texts.Count} texts) × {options.Repeat} in {voice.Id}.");
            console.MarkupLineInterpolated($"Configuration {configuration.Id}: {configuration.Label}; {engine.Runtime?.Reason}.");

            var runner = new BenchmarkRunner(history, runs, TimeProvider.System);
            BenchmarkRun run = null!;
            await console.Progress().StartAsync(async context =>
            {
                var task = context.AddTask("synthesizing", maxValue: plan.PlannedCount);
                run = await runner.RunAsync(plan, p => task.Value = p.Done, cancellationToken);
            });

            var queries = new PerformanceQueries(history, runs, Options.Create(new TrackerOptions()));
            RunReport.Write(console, run, history.ForRun(run.Id), queries.ForRun(run), baseline is null ? null : queries.ForRun(baseline), databasePath);
            return run.State == BenchmarkRunState.Completed ? 0 : 1;
        }
        finally
        {
            (engine as IDisposable)?.Dispose();
        }
    }

    /// <summary>A set name in the shipped folder, or a path to a set file.</summary>
    private static BenchmarkSet ReadSet(string set)
    {
        if (set.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || File.Exists(set))
            return BenchmarkSetReader.Read(set);
        var catalog = new BenchmarkSetCatalog(Options.Create(new TrackerOptions()));
        return catalog.Find(set)
            ?? throw new ArgumentException($"--set: there is no set '{set}'; shipped sets: {string.Join(", ", catalog.Names)} (or give a .txt path).");
    }

    private static EngineOptions EngineSettings(BenchRunOptions options) => new()
    {
        F5 = new F5Options
        {
            PackDirectory = options.Pack,
            ExecutionProvider = options.Provider,
            Vocoder = options.Vocoder,
            Nfe = options.Nfe,
            CfgStrength = options.Cfg,
            SwayCoefficient = options.Sway,
            CudaGraphLengths = options.CudaGraphLengths,
            FrameBucket = options.FrameBucket,
            FirstChunkSeconds = options.FirstChunkSeconds,
        },
    };

    private static ITtsEngine CreateEngine(BenchRunOptions options, EngineOptions settings)
    {
        ITtsEngine engine = options.Pack is null
            ? EspeakEngine.Create(settings.Espeak)
            : F5Engine.Create(settings.F5, new SingleVoiceSource(options.Reference!, options.Transcript!),
                // As in synth, only an explicit --provider cuda is strict; auto keeps the panel's behaviour.
                denyCpuFallback: options.Provider == ExecutionPreference.Cuda && !options.AllowCpuFallback);
        if (!engine.Availability.IsAvailable)
        {
            (engine as IDisposable)?.Dispose();
            throw new ArgumentException($"{engine.Name} is unavailable: {engine.Availability.Reason}");
        }

        // A benchmark must never quietly run somewhere else than asked.
        if (options.Provider == ExecutionPreference.Cuda && engine.Runtime?.Provider != "CUDA")
        {
            (engine as IDisposable)?.Dispose();
            throw new ArgumentException($"--provider cuda was asked for, but the engine runs on {engine.Runtime?.Provider}: {engine.Runtime?.Reason}");
        }

        return engine;
    }

    private static VoiceInfo PickVoice(BenchRunOptions options, ITtsEngine engine)
    {
        if (options.Pack is not null)
            return engine.Voices.Single();
        var id = VoiceInfo.QualifiedId(engine.Name, options.Voice);
        return engine.Voices.FirstOrDefault(v => string.Equals(v.Id, id, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"--voice: espeak-ng has no voice '{options.Voice}'.");
    }
}
