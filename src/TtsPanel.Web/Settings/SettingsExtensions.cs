using TtsPanel.App.Chat;
using TtsPanel.App.Chat.Twitch;
using TtsPanel.App.Chat.YouTube;
using TtsPanel.App.Moderation;
using TtsPanel.App.Settings;
using TtsPanel.Web.Api.Webhook;

namespace TtsPanel.Web.Settings;

/// <summary>Registers the settings saved on the Settings page and applied without a restart.</summary>
public static class SettingsExtensions
{
    /// <summary>
    /// Adds the saved settings as the last configuration source (they win over <c>appsettings.json</c>, environment and
    /// command line) and the sections the page edits, in page order. Call after every other configuration source.
    /// </summary>
    public static WebApplicationBuilder AddTtsPanelSettings(this WebApplicationBuilder builder)
    {
        var source = new SettingsConfigurationSource();
        ((IConfigurationBuilder)builder.Configuration).Add(source);
        builder.Services.AddSingleton(source);
        builder.Services.AddSingleton(SettingsSection.For(TwitchOptions.Section, "Twitch", new TwitchOptionsValidator(), nameof(TwitchOptions.OAuthToken)));
        builder.Services.AddSingleton(SettingsSection.For(YouTubeOptions.Section, "YouTube", new YouTubeOptionsValidator(), nameof(YouTubeOptions.ApiKey)));
        builder.Services.AddSingleton(SettingsSection.For(WebhookOptions.Section, "Webhook", new WebhookOptionsValidator(), nameof(WebhookOptions.Token)));
        builder.Services.AddSingleton(SettingsSection.For(ChatOptions.Section, "Chat", new ChatOptionsValidator()));
        builder.Services.AddSingleton(SettingsSection.For(ModerationOptions.Section, "Moderation", new ModerationOptionsValidator()));
        builder.Services.AddSingleton<SettingsStore>();
        return builder;
    }

    /// <summary>Puts the saved settings into the configuration; call after <c>Build</c>, before anything reads options.</summary>
    public static WebApplication LoadTtsPanelSettings(this WebApplication app)
    {
        app.Services.GetRequiredService<SettingsStore>().Load();
        return app;
    }
}
