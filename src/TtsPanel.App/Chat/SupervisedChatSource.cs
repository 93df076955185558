using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TtsPanel.App.Chat;

/// <summary>
/// One kind of chat source (Twitch, YouTube) kept in line with its settings while the panel runs: a client is built
/// from the current <typeparamref name="TOptions"/> when the source is enabled, and stopped and replaced by a new one
/// whenever the settings change (saved on the Settings page or in the settings file). Its events reach one channel
/// that lives as long as the panel, so ingestion reads the same source across restarts of the client; every client
/// counts its losses in the one <see cref="Losses"/>.
/// </summary>
public sealed class SupervisedChatSource<TOptions> : IChatSource
    where TOptions : class
{
    private const string OffMessage = "Off: switch it on in Settings";

    private readonly IOptionsMonitor<TOptions> _options;
    private readonly Func<TOptions, bool> _isEnabled;
    private readonly Func<TOptions, ChatInputLosses, IChatSource> _create;
    private readonly ILogger _logger;
    // Small on purpose: each client's own bounded buffer is where a flood waits (and is dropped and counted).
    private readonly Channel<ChatEvent> _events = Channel.CreateBounded<ChatEvent>(new BoundedChannelOptions(64) { SingleReader = true });
    private readonly Lock _gate = new();
    private CancellationTokenSource? _current;
    private string _currentSettings = "";

    /// <param name="name">The source's name, e.g. <c>twitch</c>.</param>
    /// <param name="isEnabled">Whether the settings switch the source on.</param>
    /// <param name="create">Builds a client for the given settings that counts its losses in the given ones; each client runs once.</param>
    public SupervisedChatSource(
        string name, IOptionsMonitor<TOptions> options, Func<TOptions, bool> isEnabled, Func<TOptions, ChatInputLosses, IChatSource> create,
        ILogger logger)
    {
        Name = name;
        _options = options;
        _isEnabled = isEnabled;
        _create = create;
        _logger = logger;
    }

    public string Name { get; }

    /// <summary>Every client's events, in arrival order; completed once <see cref="RunAsync"/> returns.</summary>
    public ChannelReader<ChatEvent> Events => _events.Reader;

    /// <summary>The current client's state, or why none runs.</summary>
    public ChatSourceStatus Status { get; private set; } = new(ChatSourceState.Stopped, "Not started");

    public event Action<ChatSourceStatus>? StatusChanged;

    /// <summary>Every client's skipped and dropped input since the panel started.</summary>
    public ChatInputLosses Losses { get; } = new();

    /// <summary>Runs a client for the settings in effect, and the next one after each change, until <paramref name="cancellationToken"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var changes = _options.OnChange(OnSettingsChanged);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                using var run = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                var settings = CurrentSettings(run);
                try
                {
                    if (settings is not null && _isEnabled(settings))
                        await RunClientAsync(_create(settings, Losses), run.Token);
                    else if (settings is not null)
                    {
                        _logger.LogInformation("Chat source {Source} is switched off; not reading it", Name);
                        SetStatus(new ChatSourceStatus(ChatSourceState.Stopped, OffMessage));
                    }
                    // Off, stopped for good or misconfigured: wait for the next change of the settings.
                    await WaitForChangeAsync(run.Token);
                }
                catch (OperationCanceledException) when (run.IsCancellationRequested)
                {
                    // The settings changed, or the panel is stopping.
                }
                catch (Exception e)
                {
                    // A client that breaks must not stop the source for good: the next change of the settings starts a new one.
                    _logger.LogError(e, "Chat source {Source} stopped with an error", Name);
                    SetStatus(new ChatSourceStatus(ChatSourceState.Failed, $"Stopped: {e.Message}"));
                    await WaitForChangeAsync(run.Token);
                }
                finally
                {
                    lock (_gate)
                        _current = null;
                }
            }
        }
        finally
        {
            _events.Writer.TryComplete();
        }
    }

    private static async Task WaitForChangeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The settings changed, or the panel is stopping: the loop looks at which.
        }
    }

    /// <summary>The settings now, remembered with <paramref name="run"/> so a change stops it; null (and the reason shown) when they are invalid.</summary>
    private TOptions? CurrentSettings(CancellationTokenSource run)
    {
        lock (_gate)
        {
            _current = run;
            try
            {
                var settings = _options.CurrentValue;
                _currentSettings = JsonSerializer.Serialize(settings);
                return settings;
            }
            catch (OptionsValidationException e)
            {
                // The settings file was edited into an invalid state while running: say why and wait for a fix.
                _currentSettings = "";
                SetStatus(new ChatSourceStatus(ChatSourceState.Failed, $"Stopped: {string.Join(" ", e.Failures)}"));
                return null;
            }
        }
    }

    private void OnSettingsChanged(TOptions settings, string? name)
    {
        lock (_gate)
        {
            // Every configuration reload reaches every monitor; only a change to this source's own settings restarts it.
            if (_current is null || JsonSerializer.Serialize(settings) == _currentSettings)
                return;
            _logger.LogInformation("Chat source {Source}: settings changed, restarting", Name);
            _current.Cancel();
        }
    }

    private async Task RunClientAsync(IChatSource client, CancellationToken cancellationToken)
    {
        _logger.LogInformation("Reading chat from {Source}", Name);
        client.StatusChanged += SetStatus;
        try
        {
            var pump = PumpAsync(client);
            try
            {
                await client.RunAsync(cancellationToken);
            }
            finally
            {
                // The client completes its events when it returns; what it delivered is still handed on.
                await pump;
            }
        }
        finally
        {
            client.StatusChanged -= SetStatus;
            _logger.LogInformation("Stopped reading chat from {Source}", Name);
        }
    }

    private async Task PumpAsync(IChatSource client)
    {
        await foreach (var chatEvent in client.Events.ReadAllAsync())
            await _events.Writer.WriteAsync(chatEvent);
    }

    private void SetStatus(ChatSourceStatus status)
    {
        Status = status;
        StatusChanged?.Invoke(status);
    }
}
