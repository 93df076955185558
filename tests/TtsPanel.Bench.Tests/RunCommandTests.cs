using Microsoft.Extensions.Options;
using Spectre.Console;
using TtsPanel.App.History;
using TtsPanel.App.Storage;
using TtsPanel.App.Tracker;

namespace TtsPanel.Bench.Tests;

/// <summary><c>run</c> end to end on espeak-ng, writing a real LiteDB file in a temp folder.</summary>
public sealed class RunCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ttspanel-bench-run-").FullName;
    private readonly StringWriter _output = new();

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string DatabasePath => Path.Combine(_directory, "data", "ttspanel.db");

    private IAnsiConsole Console()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(_output),
        });
        console.Profile.Width = 400;
        return console;
    }

    private Task<int> RunAsync(params string[] extra) =>
        RunCommand.RunAsync(BenchRunOptions.Parse(["--set", "tiny", "--repeat", "2", "--warmup", "0", "--db", DatabasePath, .. extra]), Console(),
            CancellationToken.None);

    private PanelDatabase OpenDatabase() => new(Options.Create(new StorageOptions { DataDirectory = Path.GetDirectoryName(DatabasePath)! }));

    [Fact]
    public async Task Run_TinySetOnEspeak_StoresTheRunAndItsRecordsAndPrintsTheTables()
    {
        var exitCode = await RunAsync("--name", "espeak tiny");

        Assert.Equal(0, exitCode);
        using var database = OpenDatabase();
        var run = Assert.Single(new RunRepository(database).Newest(10));
        Assert.Equal(("espeak tiny", "tiny", BenchmarkRunState.Completed, 4, "bench"), (run.Name, run.SetName, run.State, run.RecordCount, run.Source));
        var records = new HistoryRepository(database).ForRun(run.Id);
        Assert.Equal(4, records.Count);
        Assert.All(records, r => Assert.Equal(("espeak-ng:en-us", run.ConfigurationId), (r.VoiceId, r.ConfigurationId)));
        Assert.All(records, r => Assert.True(r.AudioSeconds > 0 && r.Rtf > 0));
        var text = _output.ToString();
        Assert.Contains("per text (median over repetitions)", text);
        Assert.Contains("Hello there!", text);
        Assert.Contains("stage breakdown", text);
        Assert.Contains($"Run {run.Id} completed with 4 of 4 syntheses; stored in {DatabasePath}.", text);
    }

    [Fact]
    public async Task Run_TinyF5Pack_StoresRecordsWithTheF5SettingsAndStages()
    {
        var pack = Path.Combine(RepositoryRoot(), "tests", "fixtures", "f5-tiny");

        var exitCode = await RunAsync("--pack", pack, "--reference", Path.Combine(pack, "reference.wav"), "--transcript",
            "Some call me nature, others call me mother nature.", "--provider", "cpu", "--nfe", "6");

        Assert.Equal(0, exitCode);
        using var database = OpenDatabase();
        var run = Assert.Single(new RunRepository(database).Newest(10));
        var records = new HistoryRepository(database).ForRun(run.Id);
        Assert.Equal(4, records.Count);
        Assert.All(records, r => Assert.Equal(("f5-tts", "f5-tts:bench", 6, 2.0, -1.0, "CPU"), (r.Engine, r.VoiceId, r.Nfe, r.CfgStrength, r.SwayCoefficient, r.Provider)));
        Assert.All(records, r => Assert.Contains("nfe", r.StageMs.Keys));
        Assert.Equal(6, new HistoryRepository(database).FindConfiguration(run.ConfigurationId)!.Nfe);
    }

    [Fact]
    public async Task Run_TinyF5PackOnCpu_GpuSettingsLeaveTheConfigurationAsItWas()
    {
        var pack = Path.Combine(RepositoryRoot(), "tests", "fixtures", "f5-tiny");
        string[] f5 = ["--pack", pack, "--reference", Path.Combine(pack, "reference.wav"), "--transcript",
            "Some call me nature, others call me mother nature.", "--provider", "cpu", "--cpu-fallback", "deny"];
        await RunAsync([.. f5, "--name", "plain"]);

        // The CPU has no CUDA graphs, and the frame bucket only rounds lengths for graphs: the engine ignores both there
        // (the defaults, 64 and 16, as much as these), and so must the configuration.
        var exitCode = await RunAsync([.. f5, "--name", "gpu flags", "--frame-bucket", "32", "--cuda-graphs", "8"]);

        Assert.Equal(0, exitCode);
        using var database = OpenDatabase();
        var runs = new RunRepository(database).Newest(10).ToDictionary(r => r.Name);
        var history = new HistoryRepository(database);
        var configuration = history.FindConfiguration(runs["gpu flags"].ConfigurationId)!;
        Assert.Equal((1, 0, 0.0), (configuration.FrameBucket, configuration.CudaGraphLengths, configuration.FirstChunkSeconds));
        Assert.Equal("f5-tts f5-tiny fp32 CPU · NFE 7 · CFG 2 · sway -1 · speed 1 · GraphIstft", configuration.Label);
        // The id this configuration had before the GPU settings were part of it (docs/benchmarks.md, the tracker's table).
        Assert.Equal("62dea4ffb5b6", runs["plain"].ConfigurationId);
        Assert.Equal(runs["plain"].ConfigurationId, configuration.Id);
        Assert.Contains($"Configuration {configuration.Id}: {configuration.Label};", _output.ToString());
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory.FullName, "TtsPanel.sln")))
            directory = directory.Parent ?? throw new InvalidOperationException("TtsPanel.sln not found above the test binaries.");
        return directory.FullName;
    }

    [Fact]
    public async Task Run_WithCompare_PrintsRatiosAgainstTheEarlierRun()
    {
        await RunAsync();
        Guid first;
        using (var database = OpenDatabase())
            first = new RunRepository(database).Newest(1)[0].Id;

        var exitCode = await RunAsync("--compare", first.ToString());

        Assert.Equal(0, exitCode);
        Assert.Contains("against the baseline run (this ÷ baseline; below 1 is", _output.ToString());
        Assert.Contains("median RTF", _output.ToString());
    }

    [Fact]
    public async Task Run_UnknownCompareRun_FailsNamingItAndTheFile()
    {
        var id = Guid.NewGuid();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => RunAsync("--compare", id.ToString()));

        Assert.Equal($"--compare: there is no run {id} in {DatabasePath}.", error.Message);
    }

    [Fact]
    public async Task Run_DatabaseHeldOpenByThePanel_FailsNamingTheFile()
    {
        using var panel = OpenDatabase();

        var error = await Assert.ThrowsAsync<StorageException>(() => RunAsync());

        Assert.StartsWith($"Cannot open the database '{DatabasePath}': ", error.Message);
    }
}
