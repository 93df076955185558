using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TtsPanel.App.Chat;
using TtsPanel.App.Chat.Twitch;
using TtsPanel.App.Settings;
using TtsPanel.App.Tests.Fakes;

namespace TtsPanel.App.Tests.Chat;

/// <summary>The Twitch source following its settings while running, against the scripted Twitch-shaped server.</summary>
public sealed class SupervisedChatSourceTests : IAsyncDisposable
{
    private readonly ScriptedIrcServer _server = new();
    private readonly SettingsConfigurationSource _settings = new();
    private readonly ServiceProvider _services;
    private readonly CancellationTokenSource _stop = new();
    private readonly ListLogger<SupervisedChatSourceTests> _logger = new();
    private readonly SupervisedChatSource<TwitchOptions> _source;
    private readonly Task _running;

    public SupervisedChatSourceTests()
    {
        var configuration = new ConfigurationBuilder().Add(_settings).Build();
        _services = new ServiceCollection().AddOptions()
            .Configure<TwitchOptions>(configuration.GetSection(TwitchOptions.Section))
            .BuildServiceProvider();
        _source = new SupervisedChatSource<TwitchOptions>("twitch", _services.GetRequiredService<IOptionsMonitor<TwitchOptions>>(), o => o.Enabled,
            (o, losses) => new TwitchChatClient(Options.Create(o), TimeProvider.System, NullLogger<TwitchChatClient>.Instance, losses),
            _logger);
        _running = _source.RunAsync(_stop.Token);
    }

    [Fact]
    public async Task RunAsync_Disabled_SaysOffAndConnectsNowhere()
    {
        await WaitForAsync(s => s.Message == "Off: switch it on in Settings");

        Assert.False(await _server.ConnectionArrivesWithinAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task Settings_SwitchedOn_ConnectAndDeliverWithoutRestart()
    {
        await WaitForAsync(s => s.State == ChatSourceState.Stopped);

        Save(enabled: true, channel: "streamer");
        using var peer = await _server.AcceptLoggedInAsync("#streamer");
        await WaitForAsync(s => s.State == ChatSourceState.Connected);
        await peer.SendAsync("@id=m1;user-id=7;display-name=Viewer :viewer!viewer@viewer.tmi.twitch.tv PRIVMSG #streamer :!tts hello");

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var message = Assert.IsType<ChatMessage>(await _source.Events.ReadAsync(timeout.Token));
        Assert.Equal("!tts hello", message.Text);
    }

    [Fact]
    public async Task Settings_ChannelChanged_ReconnectsToTheNewChannel_ThenOffStops()
    {
        Save(enabled: true, channel: "first");
        using var first = await _server.AcceptLoggedInAsync("#first");
        await WaitForAsync(s => s.Message.Contains("#first"));

        Save(enabled: true, channel: "second");
        Assert.Contains("QUIT", await first.ReadToEndAsync());
        using var second = await _server.AcceptLoggedInAsync("#second");
        await WaitForAsync(s => s.State == ChatSourceState.Connected && s.Message.Contains("#second"));

        Save(enabled: false, channel: "second");
        Assert.Contains("QUIT", await second.ReadToEndAsync());
        await WaitForAsync(s => s.Message == "Off: switch it on in Settings");
    }

    [Fact]
    public async Task Losses_OfEachClient_AddUpInTheSource()
    {
        Save(enabled: true, channel: "first");
        using var first = await _server.AcceptLoggedInAsync("#first");
        await WaitForAsync(s => s.State == ChatSourceState.Connected && s.Message.Contains("#first"));
        await first.SendAsync("@tags-without-command");
        await WaitForLossesAsync(1);

        Save(enabled: true, channel: "second");
        using var second = await _server.AcceptLoggedInAsync("#second");
        await WaitForAsync(s => s.State == ChatSourceState.Connected && s.Message.Contains("#second"));
        await second.SendAsync("@tags-without-command");
        await second.SendAsync("@tags-without-command");

        await WaitForLossesAsync(3);
        Assert.Equal((3, 0), (_source.Losses.Malformed, _source.Losses.Dropped));
    }

    /// <summary>Waits (at most 10 s) until the source counted at least <paramref name="malformed"/> malformed lines.</summary>
    private async Task WaitForLossesAsync(long malformed)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (_source.Losses.Malformed < malformed)
            await Task.Delay(20, timeout.Token);
    }

    [Fact]
    public async Task Log_SaysReadingOnlyWhileAClientRuns()
    {
        await WaitForAsync(s => s.Message == "Off: switch it on in Settings");
        Assert.Equal(["Chat source twitch is switched off; not reading it"], Messages());

        Save(enabled: true, channel: "streamer");
        using var peer = await _server.AcceptLoggedInAsync("#streamer");
        await WaitForAsync(s => s.State == ChatSourceState.Connected);
        Save(enabled: false, channel: "streamer");
        Assert.Contains("QUIT", await peer.ReadToEndAsync());
        await WaitForAsync(s => s.Message == "Off: switch it on in Settings");

        Assert.Equal(["Chat source twitch is switched off; not reading it", "Chat source twitch: settings changed, restarting", "Reading chat from twitch",
            "Chat source twitch: settings changed, restarting", "Stopped reading chat from twitch", "Chat source twitch is switched off; not reading it"], Messages());
    }

    private List<string> Messages() => _logger.Entries.Select(e => e.Message).ToList();

    [Fact]
    public async Task Settings_UnrelatedChange_DoesNotReconnect()
    {
        Save(enabled: true, channel: "streamer");
        using var peer = await _server.AcceptLoggedInAsync("#streamer");
        await WaitForAsync(s => s.State == ChatSourceState.Connected);

        // Another section saved: the whole configuration reloads, the Twitch settings are the same.
        _settings.Provider.Replace(TwitchValues(true, "streamer").Append(new("Moderation:MaxWords", "5")).ToDictionary(), []);

        Assert.False(await _server.ConnectionArrivesWithinAsync(TimeSpan.FromMilliseconds(500)));
        Assert.Equal(ChatSourceState.Connected, _source.Status.State);
    }

    private void Save(bool enabled, string channel) =>
        _settings.Provider.Replace(TwitchValues(enabled, channel).ToDictionary(), ["Chat:Twitch:Channels"]);

    private IEnumerable<KeyValuePair<string, string?>> TwitchValues(bool enabled, string channel) =>
    [
        new("Chat:Twitch:Enabled", enabled ? "true" : "false"), new("Chat:Twitch:Host", "127.0.0.1"), new("Chat:Twitch:Port", $"{_server.Port}"),
        new("Chat:Twitch:UseTls", "false"), new("Chat:Twitch:Channels:0", channel), new("Chat:Twitch:ReconnectMinDelayMs", "50"),
    ];

    /// <summary>Waits (at most 10 s) until the source's status matches.</summary>
    private async Task WaitForAsync(Func<ChatSourceStatus, bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition(_source.Status))
            await Task.Delay(20, timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _running;
        _stop.Dispose();
        await _services.DisposeAsync();
        _server.Dispose();
    }
}
