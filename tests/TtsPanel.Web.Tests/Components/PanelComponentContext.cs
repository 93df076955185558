using TtsPanel.App.Settings;
using TtsPanel.App.Tests.Fakes;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MudBlazor;
using MudBlazor.Services;
using TtsPanel.App.Chat;
using TtsPanel.App.Moderation;
using TtsPanel.App.History;
using TtsPanel.App.Queue;
using TtsPanel.App.Storage;
using TtsPanel.App.Tracker;
using TtsPanel.App.Tracker.Listening;
using TtsPanel.App.Voices;
using TtsPanel.Engine.Abstractions;
using TtsPanel.Engine.Espeak;

namespace TtsPanel.Web.Tests.Components;

/// <summary>
/// A bUnit context with the real MudBlazor services and the panel's queue, voices and speak service, chat's counters,
/// moderator and the given chat sources, the tracker's records and runs, ratings, kept clips and blind listening (real
/// espeak-ng, seeded order). Held rather than
/// inherited: MudBlazor's services dispose only asynchronously, and xunit disposes test classes through IAsyncLifetime.
/// </summary>
public abstract class PanelComponentContext : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ttspanel-bunit-").FullName;
    private readonly PanelDatabase _database;

    protected PanelComponentContext(int maxTextLength = 500, IReadOnlyList<IChatSource>? chatSources = null, int listeningSeed = 1)
    {
        var context = Context;
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices(options => options.PopoverOptions.CheckForPopoverProvider = false);
        var queueOptions = Options.Create(new QueueOptions { MaxTextLength = maxTextLength });
        _database = new PanelDatabase(Options.Create(new StorageOptions { DataDirectory = _directory }));
        Queue = new SynthesisQueue(queueOptions, new QueueStore(_database, NullLogger<QueueStore>.Instance), TimeProvider.System,
            NullLogger<SynthesisQueue>.Instance);
        Voices = new VoiceCatalog([EspeakEngine.Create(new EspeakOptions())], Options.Create(new EngineOptions()));
        context.Services.AddSingleton(Queue);
        context.Services.AddSingleton(Voices);
        context.Services.AddSingleton(new SpeakService(Queue, Voices, queueOptions));
        context.Services.AddSingleton(ChatCounters);
        context.Services.AddSingleton(Moderator);
        foreach (var source in chatSources ?? [])
            context.Services.AddSingleton(source);
        AddTracker(context.Services);
        var storage = Options.Create(new StorageOptions { DataDirectory = _directory });
        Ratings = new RatingRepository(_database);
        var rating = new RatingService(History, Ratings, TimeProvider.System);
        Clips = new ClipStore(storage, Options.Create(new RatingsOptions()), TimeProvider.System, NullLogger<ClipStore>.Instance);
        context.Services.AddSingleton(Ratings);
        context.Services.AddSingleton(rating);
        context.Services.AddSingleton(Clips);
        Votes = new AbVoteRepository(_database);
        context.Services.AddSingleton(Votes);
        // The keeper's writer is not run here: the Listen page plays its clips from memory and no component test reads
        // the kept files.
        context.Services.AddSingleton(new ListeningService(Voices, new ConfigurationSource(Options.Create(new EngineOptions())), History,
            new ClipKeeper(Clips, NullLogger<ClipKeeper>.Instance),
            rating, Votes, queueOptions, TimeProvider.System, new Random(listeningSeed)));
        context.Render<MudPopoverProvider>();
    }

    protected BunitContext Context { get; } = new();

    /// <summary>The tracker's services on the same database: records, runs, figures and the benchmark service.</summary>
    private void AddTracker(IServiceCollection services)
    {
        var trackerOptions = Options.Create(new TrackerOptions());
        History = new HistoryRepository(_database);
        Runs = new RunRepository(_database);
        Benchmarks = new BenchmarkService(new BenchmarkRunner(History, Runs, TimeProvider.System), new BenchmarkSetCatalog(trackerOptions), Voices,
            new ConfigurationSource(Options.Create(new EngineOptions())), trackerOptions, TimeProvider.System, NullLogger<BenchmarkService>.Instance);
        services.AddSingleton(History);
        services.AddSingleton(Runs);
        services.AddSingleton(trackerOptions);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new BenchmarkSetCatalog(trackerOptions));
        services.AddSingleton(new PerformanceQueries(History, Runs, trackerOptions));
        services.AddSingleton(Benchmarks);
    }

    protected HistoryRepository History { get; private set; } = null!;

    protected RunRepository Runs { get; private set; } = null!;

    protected BenchmarkService Benchmarks { get; private set; } = null!;

    protected IRenderedComponent<TComponent> Render<TComponent>(
        Action<ComponentParameterCollectionBuilder<TComponent>>? parameters = null)
        where TComponent : Microsoft.AspNetCore.Components.IComponent =>
        Context.Render(parameters);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await Context.DisposeAsync();
        _database.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    protected SynthesisQueue Queue { get; }

    protected VoiceCatalog Voices { get; }

    protected ChatCounters ChatCounters { get; } = new();

    protected ChatModerator Moderator { get; } = new(new FixedOptionsMonitor<ModerationOptions>(new ModerationOptions()), TimeProvider.System);

    protected RatingRepository Ratings { get; }

    protected ClipStore Clips { get; }

    protected AbVoteRepository Votes { get; }
}
