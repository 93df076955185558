using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Spectre.Console;
using TtsPanel.App.Chat;
using TtsPanel.App.Chat.Twitch;
using TtsPanel.App.Moderation;
using TtsPanel.App.Playback;
using TtsPanel.App.Queue;
using TtsPanel.App.Settings;
using TtsPanel.App.Storage;
using TtsPanel.App.Voices;
using TtsPanel.Engine.Espeak;

namespace TtsPanel.Bench;

/// <summary>
/// <c>chat</c>: how fast chat lines become stored queue items, and what a flood leaves in memory. Four measurements in
/// a temporary folder: parsing alone (IRC line → chat event), the whole path per message (parse, then
/// <see cref="ChatIngestion"/>: moderation and the queue's write with its checkpoint), one LiteDB store of a queue-sized
/// document with and without the checkpoint, and the managed heap around two floods under the panel's default limits.
/// </summary>
public static class ChatCommand
{
    private const int ParsePasses = 5;
    private const int FloodUsers = 1_000;

    public static async Task<int> RunAsync(ChatBenchOptions options, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("ttspanel-chat-bench-").FullName;
        try
        {
            var lines = Enumerable.Range(0, options.Messages).Select(i => Line(i, options.Users)).ToList();
            console.MarkupLineInterpolated(
                $"{options.Messages} !tts lines from {options.Users} users; {Environment.ProcessorCount} CPUs, {RuntimeInformation.OSDescription}, .NET {Environment.Version}; data in {folder}");

            var parse = ParseMilliseconds(lines);
            var (perMessage, wall, queued) = await IngestAsync(lines, options, folder, cancellationToken);
            if (queued != options.Messages)
                throw new InvalidOperationException($"Only {queued} of {options.Messages} messages were queued; the benchmark measured refusals, not stores.");
            var plain = StoreMilliseconds(Path.Combine(folder, "plain.db"), options.Writes, checkpoint: false);
            var checkpointed = StoreMilliseconds(Path.Combine(folder, "checkpointed.db"), options.Writes, checkpoint: true);

            var table = new Table().AddColumns("stage", "count", "per second", "p50 ms", "p99 ms", "mean ms");
            table.AddRow("parse + map (IrcLineParser, TwitchMessageMapper)", Cell(lines.Count, "0"), Cell(lines.Count / (parse / 1000), "0"),
                "", "", Cell(parse / lines.Count, "0.0000"));
            table.AddRow("parse → moderate → persist (ChatIngestion, checkpoint per write)", Cell(queued, "0"),
                Cell(queued / wall.TotalSeconds, "0"), Cell(Percentile(perMessage, 0.50), "0.000"), Cell(Percentile(perMessage, 0.99), "0.000"),
                Cell(perMessage.Average(), "0.000"));
            table.AddRow("LiteDB upsert alone", Cell(plain.Count, "0"), Cell(1000 / plain.Average(), "0"),
                Cell(Percentile(plain, 0.50), "0.000"), Cell(Percentile(plain, 0.99), "0.000"), Cell(plain.Average(), "0.000"));
            table.AddRow("LiteDB upsert + checkpoint", Cell(checkpointed.Count, "0"), Cell(1000 / checkpointed.Average(), "0"),
                Cell(Percentile(checkpointed, 0.50), "0.000"), Cell(Percentile(checkpointed, 0.99), "0.000"), Cell(checkpointed.Average(), "0.000"));
            console.Write(table);

            if (options.Flood > 0)
            {
                var floods = new Table().AddColumns("limits", "messages (2 floods)", "queued", "refused by moderation",
                    "refused by the queue", "heap before, MiB", "added by flood 1, MiB", "added by flood 2, MiB");
                foreach (var (name, queue, moderation) in FloodLimits)
                {
                    var data = Path.Combine(folder, $"flood-{floods.Rows.Count}");
                    AddFloodRow(floods, name, options.Flood, await FloodAsync(options.Flood, queue, moderation, data, cancellationToken));
                }

                console.Write(floods);
                console.MarkupLineInterpolated($"Peak working set of the process: {Process.GetCurrentProcess().PeakWorkingSet64 / MiB:0} MiB.");
            }
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A Twitch PRIVMSG with the tags Twitch sends, from one of <paramref name="users"/> senders.</summary>
    private static string Line(int index, int users)
    {
        var user = index % users;
        return $"@badge-info=;badges=;color=#1E90FF;display-name=Viewer{user};emotes=;first-msg=0;flags=;id=bench-{index};mod=0;" +
            $"returning-chatter=0;room-id=1;subscriber=0;tmi-sent-ts=1764000000000;turbo=0;user-id={1000 + user};user-type= " +
            $":viewer{user}!viewer{user}@viewer{user}.tmi.twitch.tv PRIVMSG #streamer :!tts message {index}, a sentence of ordinary length for chat";
    }

    /// <summary>Median over <see cref="ParsePasses"/> passes of the time to parse and map every line, in milliseconds.</summary>
    private static double ParseMilliseconds(IReadOnlyList<string> lines)
    {
        var passes = new List<double>();
        for (var pass = 0; pass < ParsePasses; pass++)
        {
            var start = Stopwatch.GetTimestamp();
            foreach (var line in lines)
                Parse(line);
            passes.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return passes.Order().ElementAt(passes.Count / 2);
    }

    private static ChatEvent Parse(string line) =>
        IrcLineParser.TryParse(line, out var message, out var error)
            ? TwitchMessageMapper.Map(message, DateTimeOffset.UtcNow, includeSharedChat: false) ?? throw new InvalidOperationException($"No chat event in '{line}'.")
            : throw new InvalidOperationException(error);

    /// <summary>
    /// Each line parsed and carried out by <see cref="ChatIngestion"/> against a fresh database, as the panel wires it;
    /// throttles are off so that every message is stored (the cost measured is the store's, not a refusal's).
    /// </summary>
    private static async Task<(List<double> PerMessage, TimeSpan Wall, long Queued)> IngestAsync(
        IReadOnlyList<string> lines, ChatBenchOptions options, string folder, CancellationToken cancellationToken)
    {
        using var database = new PanelDatabase(Options.Create(new StorageOptions { DataDirectory = folder }));
        var (ingestion, counters, moderator) = Wire(database, new QueueOptions { MaxItems = options.Messages }, new ModerationOptions
        {
            UserCooldownSeconds = 0, DuplicateWindowSeconds = 0, MaxPendingPerUser = options.Messages, RateLimitMessages = options.Messages,
        });
        using var _ = moderator;

        var perMessage = new List<double>(lines.Count);
        var wall = Stopwatch.StartNew();
        foreach (var line in lines)
        {
            var start = Stopwatch.GetTimestamp();
            await ingestion.HandleAsync(Parse(line), cancellationToken);
            perMessage.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return (perMessage, wall.Elapsed, counters.Queued);
    }

    /// <summary>The chat path as the panel wires it, on <paramref name="database"/>, with the given limits; nothing synthesizes.</summary>
    private static (ChatIngestion Ingestion, ChatCounters Counters, ChatModerator Moderator) Wire(
        PanelDatabase database, QueueOptions queueSettings, ModerationOptions moderationSettings)
    {
        var time = TimeProvider.System;
        var queueOptions = Options.Create(queueSettings);
        var queue = new SynthesisQueue(queueOptions, new QueueStore(database, NullLogger<QueueStore>.Instance), time, NullLogger<SynthesisQueue>.Instance);
        var voices = new VoiceCatalog([EspeakEngine.Create(new EspeakOptions())], Options.Create(new EngineOptions()));
        var playback = new PlaybackCoordinator(queue, new UnwatchedOutput());
        var userVoices = new UserVoiceRepository(database);
        var counters = new ChatCounters();
        var moderator = new ChatModerator(new FixedOptionsMonitor<ModerationOptions>(moderationSettings), time);
        var ingestion = new ChatIngestion(moderator, new SpeakService(queue, voices, queueOptions), queue, playback,
            new ChatCommandHandler(playback, userVoices, voices, counters, time, NullLogger<ChatCommandHandler>.Instance),
            userVoices, voices, counters, new FixedOptionsMonitor<ChatOptions>(new ChatOptions()), time, NullLogger<ChatIngestion>.Instance);
        return (ingestion, counters, moderator);
    }

    /// <summary>
    /// The limits the floods run under: the panel's defaults, which refuse almost every message of a flood, and the
    /// flood test's, which let the queue fill to its bound first.
    /// </summary>
    private static readonly (string Name, QueueOptions Queue, ModerationOptions Moderation)[] FloodLimits =
    [
        ("panel defaults", new QueueOptions(), new ModerationOptions()),
        ("queue fills: 500 items, 1 waiting per viewer, 550 per window", new QueueOptions { MaxItems = 500 },
            new ModerationOptions { MaxPendingPerUser = 1, RateLimitMessages = 550, RateLimitWindowSeconds = 3600, UserCooldownSeconds = 0 }),
    ];

    private const double MiB = 1024 * 1024;

    /// <summary>The managed heap (after a full collection) before and after each of two floods, and where their messages went.</summary>
    private sealed record FloodMemory(long Before, long AfterFirst, long AfterSecond, long Queued, long Refused);

    /// <summary>
    /// Two floods of <paramref name="lines"/> <c>!tts</c> lines each from <see cref="FloodUsers"/> viewers (new message
    /// ids, the same viewers) through the chat path under the given limits, on a database of their own. Bounded memory
    /// shows as a second flood that adds next to nothing: what the first left is the queue's items and the per-viewer
    /// state, not the messages.
    /// </summary>
    private static async Task<FloodMemory> FloodAsync(
        int lines, QueueOptions queueSettings, ModerationOptions moderationSettings, string dataDirectory, CancellationToken cancellationToken)
    {
        using var database = new PanelDatabase(Options.Create(new StorageOptions { DataDirectory = dataDirectory }));
        var (ingestion, counters, moderator) = Wire(database, queueSettings, moderationSettings);
        using var _ = moderator;
        var before = GC.GetTotalMemory(forceFullCollection: true);
        for (var i = 0; i < lines; i++)
            await ingestion.HandleAsync(Parse(Line(i, FloodUsers)), cancellationToken);
        var afterFirst = GC.GetTotalMemory(forceFullCollection: true);
        for (var i = lines; i < 2 * lines; i++)
            await ingestion.HandleAsync(Parse(Line(i, FloodUsers)), cancellationToken);
        var afterSecond = GC.GetTotalMemory(forceFullCollection: true);
        return new FloodMemory(before, afterFirst, afterSecond, counters.Queued, moderator.Counters.Snapshot().Values.Sum());
    }

    private static void AddFloodRow(Table table, string limits, int lines, FloodMemory flood) =>
        table.AddRow(limits, Cell(2 * lines, "0"), Cell(flood.Queued, "0"), Cell(flood.Refused, "0"),
            Cell(2L * lines - flood.Queued - flood.Refused, "0"), Cell(flood.Before / MiB, "0.0"),
            Cell((flood.AfterFirst - flood.Before) / MiB, "0.00"), Cell((flood.AfterSecond - flood.AfterFirst) / MiB, "0.00"));

    /// <summary>
    /// Milliseconds per store of a document shaped like a chat queue item into its own database file, with or without
    /// the checkpoint the queue adds after each write (it waits for LiteDB's writer to reach the disk).
    /// </summary>
    private static List<double> StoreMilliseconds(string path, int writes, bool checkpoint)
    {
        using var database = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });
        var collection = database.GetCollection("queue");
        var times = new List<double>(writes);
        for (var i = 0; i < writes; i++)
        {
            var document = new BsonDocument
            {
                ["_id"] = Guid.NewGuid(), ["Sequence"] = i, ["Text"] = $"message {i}, a sentence of ordinary length for chat",
                ["VoiceId"] = "espeak-ng:en-us", ["State"] = "Pending", ["CreatedAt"] = DateTime.UtcNow, ["Lane"] = "Ordinary",
                ["Origin"] = new BsonDocument
                {
                    ["Source"] = "twitch", ["Channel"] = "#streamer", ["MessageId"] = $"bench-{i}", ["UserId"] = $"{1000 + i % 500}",
                    ["UserLogin"] = $"viewer{i % 500}", ["DisplayName"] = $"Viewer{i % 500}",
                },
            };
            var start = Stopwatch.GetTimestamp();
            collection.Upsert(document);
            if (checkpoint)
                database.Checkpoint();
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return times;
    }

    private static double Percentile(List<double> values, double fraction) =>
        values.Order().ElementAt(Math.Min(values.Count - 1, (int)Math.Ceiling(fraction * values.Count) - 1));

    private static string Cell(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
