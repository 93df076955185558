using Bunit;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MudBlazor.Services;
using TtsPanel.App.Chat;
using TtsPanel.App.Chat.Twitch;
using TtsPanel.App.Chat.YouTube;
using TtsPanel.App.Moderation;
using TtsPanel.App.Settings;
using TtsPanel.App.Storage;
using TtsPanel.App.Tests.Fakes;
using TtsPanel.Web.Api.Webhook;
using TtsPanel.Web.Secrets;
using SettingsPage = TtsPanel.Web.Components.Pages.Settings;

namespace TtsPanel.Web.Tests.Components;

/// <summary>The Settings page on the real MudBlazor services, a real settings store and secret store in a temp database.</summary>
public sealed class SettingsPageTests : IAsyncLifetime
{
    private const string Token = "oauth:abcdefghijklmnopqrstuvwxyz0123";
    private readonly string _directory = Directory.CreateTempSubdirectory("ttspanel-settings-page-").FullName;
    private readonly PanelDatabase _database;
    private readonly BunitContext _context = new();
    private readonly IConfiguration _configuration;
    private readonly SettingsStore _store;

    public SettingsPageTests()
    {
        _database = new PanelDatabase(Options.Create(new StorageOptions { DataDirectory = _directory }));
        var secrets = new ProtectedSecretStore(_database, DataProtectionProvider.Create(new DirectoryInfo(Path.Combine(_directory, "keys"))),
            NullLogger<ProtectedSecretStore>.Instance);
        var source = new SettingsConfigurationSource();
        _configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Chat:Twitch:OAuthToken"] = Token, ["Chat:Twitch:Login"] = "ttsbot" })
            .Add(source)
            .Build();
        SettingsSection[] sections =
        [
            SettingsSection.For(TwitchOptions.Section, "Twitch", new TwitchOptionsValidator(), nameof(TwitchOptions.OAuthToken)),
            SettingsSection.For(WebhookOptions.Section, "Webhook", new WebhookOptionsValidator(), nameof(WebhookOptions.Token)),
            SettingsSection.For(ModerationOptions.Section, "Moderation", new ModerationOptionsValidator()),
        ];
        _store = new SettingsStore(_database, secrets, source, _configuration, sections, NullLogger<SettingsStore>.Instance);
        _store.Load();
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.Services.AddMudServices(options => options.PopoverOptions.CheckForPopoverProvider = false);
        _context.Services.AddSingleton(_store);
        _context.Services.AddSingleton(
            new ChatConnectionTester(TimeProvider.System, NullLoggerFactory.Instance, new YouTubeQuotaLedger(TimeProvider.System)));
    }

    [Fact]
    public void Render_SecretFromTheSettingsFile_ShownOnlyMasked()
    {
        var page = _context.Render<SettingsPage>();

        Assert.Equal(SecretMask.Mask(Token), page.Find("input[data-testid='Chat:Twitch:OAuthToken']").GetAttribute("value"));
        Assert.DoesNotContain("abcdefghijklmnopqrstuvwxyz", page.Markup);
    }

    [Fact]
    public void Render_EveryModerationRule_HasAField()
    {
        var page = _context.Render<SettingsPage>();

        foreach (var rule in new[] { "Triggers", "CommandPrefix", "MinBits", "RewardId", "OnlyFrom", "IgnoredPrefixes", "BotAccounts", "BlockedUsers",
                     "MaxCharacters", "MaxWords", "Links", "BannedWords", "BannedPatterns", "MaxRepeatedCharacters", "UserCooldownSeconds",
                     "MaxPendingPerUser", "RateLimitMessages", "DuplicateWindowSeconds", "PriorityLanes" })
            Assert.NotEmpty(page.FindAll($"[data-testid='Moderation:{rule}']"));
    }

    [Fact]
    public void Render_TextField_ShowsItsLabelHelpAndKey()
    {
        var page = _context.Render<SettingsPage>();

        var maxWords = page.FindComponents<MudBlazor.MudTextField<string>>().Single(f => f.Instance.Label == "Longest message (words)");
        Assert.Equal("Moderation:MaxWords", maxWords.Find("input").GetAttribute("data-testid"));
        Assert.Contains("Longest message (words)", maxWords.Find("label").TextContent);
        Assert.Contains("1–1000, default 60.", maxWords.Find(".mud-input-helper-text").TextContent);
        Assert.Equal("Moderation:MaxWords", page.Find("[data-testid='Moderation:MaxWords-key']").TextContent.Trim());
        Assert.DoesNotContain(page.FindComponents<MudBlazor.MudTextField<string>>(), f => f.Instance.Label == "MaxWords");
    }

    [Fact]
    public void Render_Switch_ShowsItsLabelHelpAndKey()
    {
        var page = _context.Render<SettingsPage>();

        var lanes = page.FindComponents<MudBlazor.MudSwitch<bool>>().Single(s => s.Instance.Label == "Priority lanes");
        Assert.Contains("Priority lanes", lanes.Markup);
        Assert.Contains("go ahead of ordinary messages. Default on.", page.Find("[data-testid='Moderation:PriorityLanes-help']").TextContent);
        Assert.Equal("Moderation:PriorityLanes", page.Find("[data-testid='Moderation:PriorityLanes-key']").TextContent.Trim());
    }

    [Fact]
    public void Save_BadValue_ShowsTheErrorUnderTheField_AndKeepsTheOldValue()
    {
        var page = _context.Render<SettingsPage>();

        page.Find("input[data-testid='Moderation:MaxWords']").Input("0");
        page.Find("[data-testid=save-moderation]").Click();

        Assert.Contains("Moderation:MaxWords must be between 1 and 1000 (was 0).", page.Find("[data-testid=section-moderation]").TextContent);
        Assert.Contains("Not saved", page.Find("[data-testid=saved-moderation]").TextContent);
        Assert.Equal(60, _configuration.GetSection("Moderation").Get<ModerationOptions>()?.MaxWords ?? new ModerationOptions().MaxWords);
    }

    [Fact]
    public void GenerateToken_ShowsItOnceInFull_ThenTheFieldIsMasked()
    {
        var page = _context.Render<SettingsPage>();

        page.Find("[data-testid=generate-token]").Click();

        var token = _configuration["Webhook:Token"]!;
        Assert.Equal(64, token.Length);
        Assert.Contains(token, page.Find("[data-testid=webhook-new-token]").TextContent);
        Assert.Contains($"Bearer {token}", page.Find("[data-testid=webhook-curl]").TextContent);
        Assert.Equal(SecretMask.Mask(token), page.Find("input[data-testid='Webhook:Token']").GetAttribute("value"));

        var later = _context.Render<SettingsPage>();
        Assert.DoesNotContain(token, later.Markup);
    }

    [Fact]
    public async Task TestTwitch_AgainstTheScriptedServer_ReportsTheLogin()
    {
        using var server = new ScriptedIrcServer();
        var page = _context.Render<SettingsPage>();
        page.Find("input[data-testid='Chat:Twitch:Host']").Input("127.0.0.1");
        page.Find("input[data-testid='Chat:Twitch:Port']").Input($"{server.Port}");
        page.Find("textarea[data-testid='Chat:Twitch:Channels']").Input("streamer");
        page.FindComponents<MudBlazor.MudSwitch<bool>>().Single(s => s.Instance.Label == "Use TLS (encrypted)").Find("input").Change(false);

        var clicking = page.Find("[data-testid=test-twitch]").ClickAsync(new());
        using var peer = await server.AcceptLoggedInAsync("#streamer");
        await clicking;

        page.WaitForAssertion(() =>
            Assert.Equal("Logged in as ttsbot and joined #streamer.", page.Find("[data-testid=test-result-twitch]").TextContent.Trim()),
            TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task TestTwitch_InvalidSettings_ShowsTheErrorsUnderTheFieldsAndTestsNothing()
    {
        var page = _context.Render<SettingsPage>();

        await page.Find("[data-testid=test-twitch]").ClickAsync(new());

        Assert.Contains("Chat:Twitch:Channels must list between 1 and 20 channels (was 0).", page.Find("[data-testid=section-twitch]").TextContent);
        Assert.Equal("Not tested: fix the settings shown first.", page.Find("[data-testid=test-result-twitch]").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid=saved-twitch]"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        _database.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
