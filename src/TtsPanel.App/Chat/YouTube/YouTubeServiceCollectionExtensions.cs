using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace TtsPanel.App.Chat.YouTube;

/// <summary>Registers the YouTube live chat source.</summary>
public static class YouTubeServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <see cref="YouTubeOptions"/> (section <c>Chat:YouTube</c>) and, when <c>Chat:YouTube:Enabled</c>
    /// is true, registers <see cref="YouTubeChatClient"/> as one more <see cref="IChatSource"/>. Needs a <see cref="TimeProvider"/>
    /// and logging from the host.
    /// </summary>
    public static IServiceCollection AddYouTubeChat(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<YouTubeOptions, YouTubeOptionsValidator>(YouTubeOptions.Section);
        if (!configuration.GetSection(YouTubeOptions.Section).GetValue<bool>(nameof(YouTubeOptions.Enabled)))
            return services;
        services.AddSingleton<YouTubeChatClient>();
        services.AddSingleton<IChatSource>(sp => sp.GetRequiredService<YouTubeChatClient>());
        return services;
    }
}
