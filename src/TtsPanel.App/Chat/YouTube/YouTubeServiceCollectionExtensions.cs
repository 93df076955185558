using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TtsPanel.App.Chat.YouTube;

/// <summary>Registers the YouTube live chat source.</summary>
public static class YouTubeServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <see cref="YouTubeOptions"/> (section <c>Chat:YouTube</c>) and registers the YouTube
    /// <see cref="IChatSource"/>: a <see cref="YouTubeChatClient"/> polls while <c>Chat:YouTube:Enabled</c> is true and is
    /// replaced whenever the settings change. Every client spends from one <see cref="YouTubeQuotaLedger"/> kept in the
    /// database. Needs a <see cref="TimeProvider"/>, logging and the <see cref="Storage.PanelDatabase"/> from the host.
    /// </summary>
    public static IServiceCollection AddYouTubeChat(this IServiceCollection services)
    {
        services.AddValidatedOptions<YouTubeOptions, YouTubeOptionsValidator>(YouTubeOptions.Section);
        services.AddSingleton<YouTubeQuotaRepository>();
        services.AddSingleton(sp => new YouTubeQuotaLedger(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<YouTubeQuotaRepository>()));
        services.AddSingleton<IChatSource>(sp => new SupervisedChatSource<YouTubeOptions>(
            YouTubeMessageMapper.Source,
            sp.GetRequiredService<IOptionsMonitor<YouTubeOptions>>(),
            options => options.Enabled,
            (options, losses) => new YouTubeChatClient(
                Options.Create(options), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<YouTubeChatClient>>(), losses,
                sp.GetRequiredService<YouTubeQuotaLedger>()),
            sp.GetRequiredService<ILogger<SupervisedChatSource<YouTubeOptions>>>()));
        return services;
    }
}
