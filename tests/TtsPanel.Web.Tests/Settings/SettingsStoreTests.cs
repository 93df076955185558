using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TtsPanel.App.Chat.Twitch;
using TtsPanel.App.Moderation;
using TtsPanel.App.Settings;
using TtsPanel.App.Storage;
using TtsPanel.Web.Secrets;

namespace TtsPanel.Web.Tests.Settings;

/// <summary>The settings store over a real LiteDB file and the real protected secret store.</summary>
public sealed class SettingsStoreTests : IDisposable
{
    private const string Token = "oauth:abcdefghijklmnopqrstuvwxyz0123";
    private readonly string _directory = Directory.CreateTempSubdirectory("ttspanel-settings-").FullName;

    private static readonly SettingsSection Moderation = SettingsSection.For(ModerationOptions.Section, "Moderation", new ModerationOptionsValidator());

    private static readonly SettingsSection Twitch =
        SettingsSection.For(TwitchOptions.Section, "Twitch", new TwitchOptionsValidator(), nameof(TwitchOptions.OAuthToken));

    [Fact]
    public void Save_Valid_AppliesAtOnceAndSurvivesAReopen()
    {
        using (var panel = Open())
        {
            var texts = panel.Store.Read(Moderation);
            texts["MaxWords"] = "12";
            texts["BannedWords"] = "spoiler\nending";

            Assert.True(panel.Store.Save(Moderation, texts).Saved);
            Assert.Equal(12, panel.Moderation.CurrentValue.MaxWords);
        }

        using var reopened = Open();
        Assert.Equal(12, reopened.Moderation.CurrentValue.MaxWords);
        Assert.Equal(["spoiler", "ending"], reopened.Moderation.CurrentValue.BannedWords);
    }

    [Fact]
    public void Save_Invalid_RefusedWithTheValidatorsMessage_AndNothingChanges()
    {
        using (var panel = Open())
        {
            var texts = panel.Store.Read(Moderation);
            texts["MaxWords"] = "12";
            panel.Store.Save(Moderation, texts);
            texts["MaxWords"] = "0";
            texts["MaxCharacters"] = "40";

            var result = panel.Store.Save(Moderation, texts);

            Assert.False(result.Saved);
            Assert.Equal(["Moderation:MaxWords must be between 1 and 1000 (was 0)."], result.For("Moderation:MaxWords"));
            Assert.Equal(12, panel.Moderation.CurrentValue.MaxWords);
            Assert.Equal(300, panel.Moderation.CurrentValue.MaxCharacters);
        }

        using var reopened = Open();
        Assert.Equal(12, reopened.Moderation.CurrentValue.MaxWords);
    }

    [Fact]
    public void Save_Secret_IsStoredProtected_ReadMasked_AndAMaskSentBackKeepsIt()
    {
        using (var panel = Open())
        {
            Assert.True(panel.Store.Save(Twitch, TwitchTexts(panel.Store, Token)).Saved);

            Assert.Equal(Token, panel.Twitch.CurrentValue.OAuthToken);
            var shown = panel.Store.Read(Twitch)["OAuthToken"];
            Assert.Equal(SecretMask.Mask(Token), shown);

            // The form sends the mask back untouched, with another field changed: the token stays.
            var again = panel.Store.Read(Twitch);
            again["Channels"] = "other";
            Assert.True(panel.Store.Save(Twitch, again).Saved);
            Assert.Equal(Token, panel.Twitch.CurrentValue.OAuthToken);
            Assert.Equal(["other"], panel.Twitch.CurrentValue.Channels);
        }

        var file = File.ReadAllBytes(Path.Combine(_directory, "ttspanel.db"));
        Assert.DoesNotContain("abcdefghijklmnopqrstuvwxyz0123", Encoding.Latin1.GetString(file));
        using var reopened = Open();
        Assert.Equal(Token, reopened.Twitch.CurrentValue.OAuthToken);
    }

    [Fact]
    public void Save_InvalidSecret_NeverEchoesIt()
    {
        using var panel = Open();

        var result = panel.Store.Save(Twitch, TwitchTexts(panel.Store, "oauth:has a space"));

        Assert.False(result.Saved);
        Assert.DoesNotContain(result.Failures, f => f.Contains("has a space"));
        Assert.Null(panel.Twitch.CurrentValue.OAuthToken);
    }

    private static Dictionary<string, string> TwitchTexts(SettingsStore store, string token)
    {
        var texts = store.Read(Twitch);
        texts["Enabled"] = "true";
        texts["Login"] = "ttsbot";
        texts["OAuthToken"] = token;
        texts["Channels"] = "streamer";
        return texts;
    }

    private OpenPanel Open() => new(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>What the panel builds at start for settings: the database, the secret store, the configuration and the options.</summary>
    private sealed class OpenPanel : IDisposable
    {
        private readonly PanelDatabase _database;
        private readonly ServiceProvider _services;

        public OpenPanel(string directory)
        {
            _database = new PanelDatabase(Options.Create(new StorageOptions { DataDirectory = directory }));
            var secrets = new ProtectedSecretStore(_database, DataProtectionProvider.Create(new DirectoryInfo(Path.Combine(directory, "keys"))),
                NullLogger<ProtectedSecretStore>.Instance);
            var source = new SettingsConfigurationSource();
            var configuration = new ConfigurationBuilder().Add(source).Build();
            _services = new ServiceCollection().AddOptions()
                .Configure<ModerationOptions>(configuration.GetSection(ModerationOptions.Section))
                .Configure<TwitchOptions>(configuration.GetSection(TwitchOptions.Section))
                .BuildServiceProvider();
            Store = new SettingsStore(_database, secrets, source, configuration, [SettingsStoreTests.Twitch, SettingsStoreTests.Moderation], NullLogger<SettingsStore>.Instance);
            Store.Load();
        }

        public SettingsStore Store { get; }

        public IOptionsMonitor<ModerationOptions> Moderation => _services.GetRequiredService<IOptionsMonitor<ModerationOptions>>();

        public IOptionsMonitor<TwitchOptions> Twitch => _services.GetRequiredService<IOptionsMonitor<TwitchOptions>>();

        public void Dispose()
        {
            _services.Dispose();
            _database.Dispose();
        }
    }
}
