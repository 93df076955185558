using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TtsPanel.App.History;
using TtsPanel.App.Playback;
using TtsPanel.App.Queue;
using TtsPanel.App.Storage;
using TtsPanel.App.Tracker;
using TtsPanel.App.Voices;
using TtsPanel.Engine.Abstractions;

namespace TtsPanel.App.Tests.Fakes;

/// <summary>
/// The application services wired as in the panel, on a LiteDB file and the tone engine. The data folder is a fresh
/// temporary one, deleted on dispose, unless <c>dataDirectory</c> names one, which is kept: a fixture over the
/// folder of a disposed one is the panel started again.
/// </summary>
internal sealed class PanelFixture : IDisposable, IAsyncDisposable
{
    private readonly string _directory;
    private readonly bool _ownsDirectory;
    private readonly CancellationTokenSource _keeperStop = new();
    private readonly Task _keeperRun;

    public PanelFixture(QueueOptions? queueOptions = null, ITtsEngine? engine = null, string? dataDirectory = null)
    {
        _ownsDirectory = dataDirectory is null;
        _directory = dataDirectory ?? Directory.CreateTempSubdirectory("ttspanel-app-").FullName;
        Engine = engine ?? new ToneEngine();
        QueueOptions = queueOptions ?? new QueueOptions();
        Database = new PanelDatabase(Options.Create(new StorageOptions { DataDirectory = _directory }));
        History = new HistoryRepository(Database);
        Store = new QueueStore(Database, NullLogger<QueueStore>.Instance);
        Queue = new SynthesisQueue(Options.Create(QueueOptions), Store, Time, NullLogger<SynthesisQueue>.Instance);
        Voices = new VoiceCatalog([Engine], Options.Create(new EngineOptions { DefaultVoice = ToneEngine.Voice.Id }));
        Speech = new SpeakService(Queue, Voices, Options.Create(QueueOptions));
        Playback = new PlaybackCoordinator(Queue, Output);
        Clips = new ClipStore(Options.Create(new StorageOptions { DataDirectory = _directory }), Options.Create(RatingsOptions), Time,
            NullLogger<ClipStore>.Instance);
        Keeper = new ClipKeeper(Clips, KeeperLog);
        // The keeper's writer runs as in the panel, so kept clips reach the disk on their own after delivery.
        _keeperRun = Keeper.RunAsync(_keeperStop.Token);
        Worker = new SynthesisWorker(Queue, Voices, History, new ConfigurationSource(Options.Create(new EngineOptions())), Keeper, Playback, Time,
            NullLogger<SynthesisWorker>.Instance);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));

    public QueueOptions QueueOptions { get; }

    /// <summary>Clip retention; change it before saving clips to test the limits.</summary>
    public RatingsOptions RatingsOptions { get; } = new();

    public ClipStore Clips { get; }

    /// <summary>Hands clips to <see cref="Clips"/> in the background; its writer runs until dispose.</summary>
    public ClipKeeper Keeper { get; }

    /// <summary>What the keeper logged, e.g. a clip it could not write.</summary>
    public ListLogger<ClipKeeper> KeeperLog { get; } = new();

    public ITtsEngine Engine { get; }

    public PanelDatabase Database { get; }

    public HistoryRepository History { get; }

    public QueueStore Store { get; }

    public SynthesisQueue Queue { get; }

    /// <summary>The data folder holding the database file.</summary>
    public string DataDirectory => _directory;

    public VoiceCatalog Voices { get; }

    public SpeakService Speech { get; }

    public RecordingPlaybackOutput Output { get; } = new();

    public PlaybackCoordinator Playback { get; }

    public SynthesisWorker Worker { get; }

    public QueueItem Enqueue(string text) =>
        Speech.Speak(new SpeakRequest(text, null)).Item ?? throw new InvalidOperationException($"'{text}' was refused.");

    /// <summary>Waits (at most 10 s) until <paramref name="condition"/> holds for the item.</summary>
    public async Task<QueueItem> WaitForAsync(Guid itemId, Func<QueueItem, bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            if (Queue.Find(itemId) is { } item && condition(item))
                return item;
            await Task.Delay(10, timeout.Token);
        }
    }

    /// <summary>
    /// Waits (at most 10 s) until <paramref name="count"/> clips were sent to the overlays and returns their texts: an
    /// item turns ready just before its clip is sent.
    /// </summary>
    public async Task<List<string>> WaitForSentClipsAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            lock (Output.SentClips)
            {
                if (Output.SentClips.Count >= count)
                    return Output.SentClips.Select(c => c.Text).ToList();
            }

            await Task.Delay(10, timeout.Token);
        }
    }

    /// <summary>Waits (at most 10 s) until the clip of <paramref name="recordId"/> is kept and returns it: it is written after delivery.</summary>
    public async Task<byte[]> WaitForClipAsync(Guid recordId)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            if (Clips.Read(recordId) is { } wav)
                return wav;
            await Task.Delay(10, timeout.Token);
        }
    }

    /// <summary>
    /// Lets the keeper's writer finish the clips it was handed (at most 10 s), then disposes, so the folder is not
    /// deleted under a write. Tests whose clips are kept dispose this way.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        Keeper.Complete();
        await _keeperRun.WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        Dispose();
    }

    public void Dispose()
    {
        _keeperStop.Cancel();
        _keeperStop.Dispose();
        Database.Dispose();
        if (_ownsDirectory)
            Directory.Delete(_directory, recursive: true);
    }
}
