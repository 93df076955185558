using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;
using Spectre.Console;
using TtsPanel.App.History;
using TtsPanel.App.Storage;
using TtsPanel.App.Tracker;

namespace TtsPanel.Bench;

/// <summary>
/// <c>pageload</c>: fills a database with generated records and times what the Performance page asks of it, so the
/// page's speed on a database of a million records is measured rather than guessed.
/// </summary>
public static class PageLoadCommand
{
    private const int BatchSize = 10_000;
    private static readonly DateTime End = new(2026, 11, 24, 0, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Span = TimeSpan.FromDays(30);
    private static readonly string[] Voices = ["f5-tts:streamer", "f5-tts:guest", "espeak-ng:en-us"];
    private static readonly string[] Texts = ["gg wp", "Thanks for the follow!", "The weather today is sunny with a light breeze coming in from the west."];

    private static readonly EngineConfiguration[] Configurations =
    [
        EngineConfiguration.Create("f5-tts", "F5TTS_v1_Base", "CUDA", "fp16", 7, 2, -1, 1, "GraphIstft", 0.15),
        EngineConfiguration.Create("f5-tts", "F5TTS_v1_Base", "CUDA", "fp16", 6, 2, -1, 1, "GraphIstft", 0.15),
        EngineConfiguration.Create("f5-tts", "F5TTS_v1_Base", "CPU", "fp32", 7, 2, -1, 1, "GraphIstft", 0.15),
        EngineConfiguration.Create("espeak-ng", "espeak-ng", "CPU", "n/a", speed: 175),
    ];

    public static int Run(PageLoadOptions options, IAnsiConsole console)
    {
        var path = Path.GetFullPath(options.Database);
        using var database = new PanelDatabase(Options.Create(new StorageOptions
        {
            DataDirectory = Path.GetDirectoryName(path)!,
            DatabaseFileName = Path.GetFileName(path),
        }));
        var history = new HistoryRepository(database);
        var fillTime = Fill(history, options.Records, console);
        var runs = new RunRepository(database);
        var tracker = Options.Create(new TrackerOptions());
        var queries = new PerformanceQueries(history, runs, tracker);
        var total = history.Count(RecordFilter.All);
        console.MarkupLineInterpolated($"{total:N0} records in {path} ({new FileInfo(path).Length / 1024 / 1024:N0} MB); filled in {fillTime.TotalSeconds:0} s.");

        var lastDay = new RecordFilter(End - TimeSpan.FromDays(1));
        var table = new Table().AddColumns("query (as the Performance page makes it)", "matching records", "median ms", "runs (ms)");
        Time(table, "figures, chart, regression: last 24 hours", () => queries.Report(lastDay).TotalCount, options.Repeat);
        Time(table, "figures, chart, regression: all time", () => queries.Report(RecordFilter.All).TotalCount, options.Repeat);
        Time(table, "figures: one configuration, all time", () => queries.Report(new RecordFilter(ConfigurationId: Configurations[1].Id)).TotalCount,
            options.Repeat);
        var oneConfiguration = new RecordFilter(ConfigurationId: Configurations[1].Id);
        Time(table, "  of which: count, one configuration", () => history.Count(oneConfiguration), options.Repeat);
        Time(table, "  of which: newest 5 000, one configuration", () => history.Newest(oneConfiguration, 0, 5_000).Count, options.Repeat);
        Time(table, "figures: one voice, last 24 hours", () => queries.Report(lastDay with { VoiceId = Voices[0] }).TotalCount, options.Repeat);
        Time(table, "records table: first page of 25 + count, all time", () =>
        {
            history.Newest(RecordFilter.All, 0, 25);
            return history.Count(RecordFilter.All);
        }, options.Repeat);
        Time(table, "records table: page 400 of 25, last 24 hours", () => history.Newest(lastDay, 400 * 25, 25).Count, options.Repeat);
        console.Write(table);
        return 0;
    }

    /// <summary>Adds generated records until the database holds <paramref name="wanted"/>; spread evenly over 30 days, newest last.</summary>
    private static TimeSpan Fill(HistoryRepository history, int wanted, IAnsiConsole console)
    {
        var clock = Stopwatch.StartNew();
        var have = history.Count(RecordFilter.All);
        if (have >= wanted)
            return TimeSpan.Zero;
        foreach (var configuration in Configurations)
            history.AddConfiguration(configuration);
        var random = new Random(42);
        console.Progress().Start(context =>
        {
            var task = context.AddTask("generating records", maxValue: wanted);
            task.Value = have;
            for (var start = have; start < wanted; start += BatchSize)
            {
                var count = Math.Min(BatchSize, wanted - start);
                history.AddMany(Enumerable.Range(start, count).Select(i => Record(i, wanted, random)));
                task.Value = start + count;
            }
        });
        return clock.Elapsed;
    }

    private static SynthesisRecord Record(int index, int total, Random random)
    {
        var configuration = Configurations[index % Configurations.Length];
        var text = Texts[index % Texts.Length];
        var audioSeconds = 0.5 + text.Length * 0.06;
        var rtf = configuration.Provider == "CUDA" ? 0.08 + random.NextDouble() * 0.1 : 0.4 + random.NextDouble() * 0.5;
        var synthesisMs = rtf * audioSeconds * 1000;
        return new SynthesisRecord
        {
            Id = Guid.NewGuid(),
            CreatedAt = End - Span + Span * ((double)index / total),
            QueueItemId = Guid.NewGuid(),
            Text = text,
            TextCharacters = text.Length,
            TextBytes = text.Length,
            VoiceId = Voices[index % Voices.Length],
            Engine = configuration.Engine,
            ConfigurationId = configuration.Id,
            ModelId = configuration.ModelId,
            Nfe = configuration.Nfe,
            CfgStrength = configuration.CfgStrength,
            SwayCoefficient = configuration.SwayCoefficient,
            Speed = configuration.Speed,
            ChunkCount = 1,
            AppVersion = "generated",
            Provider = configuration.Provider,
            Device = configuration.Provider == "CUDA" ? "CUDA device 0" : "CPU (16 cores)",
            Precision = configuration.Precision,
            AudioSeconds = audioSeconds,
            SynthesisMs = synthesisMs,
            TimeToFirstAudioMs = synthesisMs * 0.6,
            QueueWaitMs = random.NextDouble() * 2000,
            Rtf = rtf,
            StageMs = new() { ["text"] = 0.2, ["nfe"] = synthesisMs * 0.7, ["vocoder"] = synthesisMs * 0.25, ["post"] = synthesisMs * 0.05 },
        };
    }

    private static void Time(Table table, string query, Func<int> action, int repeat)
    {
        var times = new List<double>();
        var matching = 0;
        for (var i = 0; i < repeat; i++)
        {
            var clock = Stopwatch.StartNew();
            matching = action();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        var median = RtfStatistics.Percentile(times.Order().ToArray(), 0.5);
        table.AddRow(query, matching.ToString("N0", CultureInfo.InvariantCulture), median.ToString("0", CultureInfo.InvariantCulture),
            string.Join(", ", times.Select(t => t.ToString("0", CultureInfo.InvariantCulture))));
    }
}
