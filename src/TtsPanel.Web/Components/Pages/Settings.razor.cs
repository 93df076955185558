using System.Security.Cryptography;
using Microsoft.AspNetCore.Components;
using TtsPanel.App.Chat;
using TtsPanel.App.Chat.Twitch;
using TtsPanel.App.Chat.YouTube;
using TtsPanel.App.Settings;
using TtsPanel.App.Storage;
using TtsPanel.Web.Api;
using TtsPanel.Web.Api.Webhook;

namespace TtsPanel.Web.Components.Pages;

/// <summary>
/// The admin's Settings page: every section <see cref="SettingsStore"/> knows (Twitch, YouTube, webhook, chat,
/// moderation) with each setting editable, saved and applied live; connection tests for Twitch and YouTube; the
/// webhook's URL, a token generator and a curl example.
/// </summary>
public partial class Settings : IDisposable
{
    private readonly Dictionary<string, Dictionary<string, string>> _forms = [];
    private readonly Dictionary<string, SettingsSaveResult> _saved = [];
    // The last save's or test's complaints, shown under their fields.
    private readonly Dictionary<string, IReadOnlyList<string>> _problems = [];
    // A test still running when the page closes is stopped.
    private readonly CancellationTokenSource _closing = new();
    private readonly Dictionary<string, ConnectionTestResult> _tests = [];
    private string? _generatedToken;
    private bool _testing;

    [Inject] private SettingsStore Store { get; set; } = null!;

    [Inject] private ChatConnectionTester Tester { get; set; } = null!;

    [Inject] private NavigationManager Navigation { get; set; } = null!;

    private string WebhookUrl => Navigation.BaseUri.TrimEnd('/') + MessagesApi.Path;

    private string CurlExample =>
        $"curl -X POST {WebhookUrl} -H \"Authorization: Bearer {_generatedToken ?? "<token>"}\" -H \"Content-Type: application/json\" " +
        "-d '{\"user\":\"streamerbot\",\"text\":\"Hello from the webhook\"}'";

    protected override void OnInitialized()
    {
        foreach (var section in Store.Sections)
            _forms[section.Name] = Store.Read(section);
    }

    private static string Slug(SettingsSection section) => section.Title.ToLowerInvariant();

    private static bool IsTestable(SettingsSection section) => section.Name is TwitchOptions.Section or YouTubeOptions.Section;

    private string? ErrorFor(SettingsSection section, string key) =>
        _problems.TryGetValue(section.Name, out var problems) && new SettingsSaveResult(problems).For(key).ToList() is { Count: > 0 } errors
            ? string.Join(" ", errors)
            : null;

    public void Dispose()
    {
        _closing.Cancel();
        _closing.Dispose();
    }

    private void Save(SettingsSection section)
    {
        var result = Store.Save(section, _forms[section.Name]);
        _saved[section.Name] = result;
        _problems[section.Name] = result.Failures;
        if (result.Saved)
            _forms[section.Name] = Store.Read(section); // secrets come back masked
    }

    private void GenerateToken()
    {
        // 32 random bytes: far beyond guessing, and hex survives every shell and header.
        _generatedToken = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var section = Store.Section(WebhookOptions.Section);
        Store.SetSecret(section.Key(nameof(WebhookOptions.Token)), _generatedToken);
        _forms[section.Name][nameof(WebhookOptions.Token)] = SecretMask.Mask(_generatedToken);
    }

    private async Task TestAsync(SettingsSection section)
    {
        _tests.Remove(section.Name);
        // The test checks the entered values as if the source were switched on, whether or not it is yet.
        var texts = new Dictionary<string, string>(_forms[section.Name]) { ["Enabled"] = "true" };
        var (options, failures) = Store.Check(section, texts);
        _problems[section.Name] = failures;
        if (options is null)
        {
            _tests[section.Name] = new ConnectionTestResult(false, "Not tested: fix the settings shown first.");
            return;
        }

        _testing = true;
        try
        {
            _tests[section.Name] = options switch
            {
                TwitchOptions twitch => await Tester.TestTwitchAsync(twitch, _closing.Token),
                YouTubeOptions youTube => await Tester.TestYouTubeAsync(youTube, _closing.Token),
                _ => throw new ArgumentException($"{section.Name} has no connection test.", nameof(section)),
            };
        }
        catch (OperationCanceledException) when (_closing.IsCancellationRequested)
        {
            // The page closed while the test ran: nobody is left to read its result.
        }
        finally
        {
            _testing = false;
        }
    }
}
