using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TtsPanel.App.Chat;
using TtsPanel.App.Chat.Twitch;
using TtsPanel.App.History;
using TtsPanel.App.Moderation;
using TtsPanel.App.Playback;
using TtsPanel.App.Queue;
using TtsPanel.App.Storage;
using TtsPanel.App.Tracker;
using TtsPanel.App.Tracker.Listening;
using TtsPanel.App.Voices;
using TtsPanel.Engine.Abstractions;
using TtsPanel.Engine.Espeak;
using TtsPanel.Engine.F5;

namespace TtsPanel.App;

/// <summary>Registers the application services: options, storage, engines, voices, queue, chat moderation, playback and history.</summary>
public static class AppServiceCollectionExtensions
{
    public static IServiceCollection AddTtsPanelApp(this IServiceCollection services)
    {
        services.AddValidatedOptions<QueueOptions, QueueOptionsValidator>(QueueOptions.Section);
        services.AddValidatedOptions<StorageOptions, StorageOptionsValidator>(StorageOptions.Section);
        services.AddValidatedOptions<EngineOptions, EngineOptionsValidator>(EngineOptions.Section);
        services.AddValidatedOptions<ModerationOptions, ModerationOptionsValidator>(ModerationOptions.Section);
        services.AddValidatedOptions<TrackerOptions, TrackerOptionsValidator>(TrackerOptions.Section);
        services.AddValidatedOptions<RatingsOptions, RatingsOptionsValidator>(RatingsOptions.Section);

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<PanelDatabase>();
        services.AddSingleton<HistoryRepository>();
        services.AddSingleton<ConfigurationSource>();
        services.AddSingleton<RunRepository>();
        services.AddSingleton<BenchmarkSetCatalog>();
        services.AddSingleton<BenchmarkRunner>();
        services.AddSingleton<BenchmarkService>();
        services.AddSingleton<PerformanceQueries>();
        services.AddSingleton<RatingRepository>();
        services.AddSingleton<RatingService>();
        services.AddSingleton<ClipStore>();
        services.AddSingleton<ClipKeeper>();
        services.AddSingleton<AbVoteRepository>();
        // Random.Shared is safe across circuits; tests hand the service a seeded generator instead.
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<ListeningService>(sp, Random.Shared));
        services.AddSingleton<RateEstimates>();
        services.AddSingleton<FolderVoiceSource>();
        services.AddSingleton<IF5VoiceSource>(sp => sp.GetRequiredService<FolderVoiceSource>());
        services.AddSingleton<VoiceLibrary>();
        // Registration order is the voice picker's order: the streamer's cloned voices before espeak-ng's 130 languages.
        services.AddSingleton<ITtsEngine>(sp =>
            F5Engine.Create(sp.GetRequiredService<IOptions<EngineOptions>>().Value.F5, sp.GetRequiredService<IF5VoiceSource>()));
        services.AddSingleton<ITtsEngine>(sp => EspeakEngine.Create(sp.GetRequiredService<IOptions<EngineOptions>>().Value.Espeak));
        services.AddSingleton<VoiceCatalog>();
        services.AddSingleton<EngineWarmup>();
        services.AddSingleton<QueueStore>();
        services.AddSingleton<SynthesisQueue>();
        services.AddSingleton<SpeakService>();
        services.AddSingleton<ApprovalService>();
        services.AddSingleton<UserVoiceRepository>();
        services.AddSingleton<ChatModerator>();
        services.AddSingleton<PlaybackCoordinator>();
        services.AddSingleton<OverlayPresence>();
        services.AddSingleton<SynthesisWorker>();
        return services;
    }

    /// <summary>
    /// Registers chat ingestion and the Twitch source. The source follows <c>Chat:Twitch</c> while the panel runs: a
    /// client connects while <c>Chat:Twitch:Enabled</c> is true and is replaced whenever the settings change. The
    /// Settings page's connection tester spends YouTube quota from the ledger that <c>AddYouTubeChat</c> registers.
    /// </summary>
    public static IServiceCollection AddTtsPanelChat(this IServiceCollection services)
    {
        services.AddValidatedOptions<ChatOptions, ChatOptionsValidator>(ChatOptions.Section);
        services.AddSingleton<ChatCounters>();
        services.AddSingleton<ChatCommandHandler>();
        services.AddSingleton<ChatIngestion>();
        services.AddSingleton<ChatConnectionTester>();
        services.AddValidatedOptions<TwitchOptions, TwitchOptionsValidator>(TwitchOptions.Section);
        services.AddSingleton<IChatSource>(sp => new SupervisedChatSource<TwitchOptions>(
            TwitchMessageMapper.Source,
            sp.GetRequiredService<IOptionsMonitor<TwitchOptions>>(),
            options => options.Enabled,
            (options, losses) => new TwitchChatClient(
                Options.Create(options), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<TwitchChatClient>>(), losses),
            sp.GetRequiredService<ILogger<SupervisedChatSource<TwitchOptions>>>()));
        return services;
    }

    /// <summary>Binds <typeparamref name="TOptions"/> to <paramref name="section"/> and validates it while the host starts.</summary>
    public static IServiceCollection AddValidatedOptions<TOptions, TValidator>(this IServiceCollection services, string section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>().BindConfiguration(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>, TValidator>();
        return services;
    }
}
