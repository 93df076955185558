using System.Net.Sockets;
using System.Security.Authentication;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TtsPanel.App.Chat.Twitch;

/// <summary>
/// Reads Twitch chat over IRC: logs in (anonymously or as a bot), joins every configured channel and publishes chat
/// events on <see cref="Events"/>. A dropped or silent connection, or the server's RECONNECT, leads to a new connection
/// after an exponential, jittered delay; a message id seen before is not published twice. A refused login stops it.
/// A hosted service calls <see cref="RunAsync"/> once and reads <see cref="Events"/> alongside.
/// </summary>
public sealed class TwitchChatClient : IChatSource
{
    private readonly TwitchOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<TwitchChatClient> _logger;
    private readonly string[] _channels;
    private readonly ReconnectBackoff _backoff;
    private readonly MessageIdWindow _seen;
    private readonly Channel<ChatEvent> _events;
    private int _started;

    /// <param name="losses">Where skipped and dropped input is counted; a new count when null.</param>
    public TwitchChatClient(
        IOptions<TwitchOptions> options, TimeProvider time, ILogger<TwitchChatClient> logger, ChatInputLosses? losses = null)
    {
        Losses = losses ?? new ChatInputLosses();
        _options = options.Value;
        _time = time;
        _logger = logger;
        _channels = _options.Channels.Select(TwitchOptions.NormaliseChannel).Distinct().ToArray();
        // Twitch lets anyone read as justinfan<digits> without a password; random digits keep two panels apart.
        Nick = string.IsNullOrEmpty(_options.Login) ? $"justinfan{Random.Shared.Next(10_000, 100_000_000)}" : _options.Login.ToLowerInvariant();
        _backoff = new ReconnectBackoff(
            TimeSpan.FromMilliseconds(_options.ReconnectMinDelayMs), TimeSpan.FromMilliseconds(_options.ReconnectMaxDelayMs), Random.Shared);
        _seen = new MessageIdWindow(_options.DedupeCapacity, TimeSpan.FromSeconds(_options.DedupeWindowSeconds), time);
        _events = Channel.CreateBounded<ChatEvent>(new BoundedChannelOptions(_options.EventBufferCapacity) { SingleWriter = true });
    }

    public string Name => TwitchMessageMapper.Source;

    /// <summary>Chat events in arrival order; completed once <see cref="RunAsync"/> returns.</summary>
    public ChannelReader<ChatEvent> Events => _events.Reader;

    /// <summary>The connection's state now.</summary>
    public ChatSourceStatus Status { get; private set; } = new(ChatSourceState.Stopped, "Not started");

    /// <summary>Raised on every change of <see cref="Status"/>, on the client's own thread.</summary>
    public event Action<ChatSourceStatus>? StatusChanged;

    /// <summary>The nick the client logs in with: the bot's login, or <c>justinfan</c> plus random digits.</summary>
    public string Nick { get; }

    /// <summary>
    /// Lines skipped because they could not be parsed or were too long, and events dropped because
    /// <see cref="TwitchOptions.EventBufferCapacity"/> events were waiting to be read.
    /// </summary>
    public ChatInputLosses Losses { get; }

    /// <summary>
    /// Connects and keeps connecting until <paramref name="cancellationToken"/> is cancelled (it then says QUIT and
    /// returns) or the login is refused (<see cref="Status"/> says why). Runs once per client.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _started, 1) == 1)
            throw new InvalidOperationException("A TwitchChatClient runs once; create a new one to connect again.");
        try
        {
            await ConnectLoopAsync(cancellationToken);
        }
        finally
        {
            _events.Writer.TryComplete();
            if (Status.State != ChatSourceState.Failed)
                SetStatus(new ChatSourceStatus(ChatSourceState.Stopped, "Stopped"));
        }
    }

    private async Task ConnectLoopAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            string reason;
            SetStatus(new ChatSourceStatus(ChatSourceState.Connecting, $"Connecting to {Endpoint}"));
            try
            {
                await using var connection = await ConnectAsync(cancellationToken);
                var session = new TwitchSession(connection, _options, _channels, Nick, _time, _logger, this);
                var end = await session.RunAsync(cancellationToken);
                if (end.LoginRefused)
                {
                    _logger.LogError("Twitch chat login as {Nick} was refused: {Reason}", Nick, end.Reason);
                    SetStatus(new ChatSourceStatus(ChatSourceState.Failed, $"Stopped: authentication failed ({end.Reason})"));
                    return;
                }

                reason = end.Reason;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is SocketException or IOException or AuthenticationException or TimeoutException)
            {
                // Refused, reset, timed out or TLS rejected: the network failures reconnecting exists for.
                reason = e.Message;
            }

            var delay = _backoff.NextDelay();
            _logger.LogWarning("Twitch chat connection lost ({Reason}); reconnecting in {DelayMs:0} ms", reason, delay.TotalMilliseconds);
            SetStatus(new ChatSourceStatus(
                ChatSourceState.Reconnecting, $"Reconnecting in {delay.TotalSeconds:0.#} s ({reason})", _time.GetUtcNow() + delay));
            try
            {
                await Task.Delay(delay, _time, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return; // stopped while waiting to reconnect
            }
        }
    }

    /// <summary>Where the client connects: <c>host:port</c>, or the WebSocket's address.</summary>
    private string Endpoint => _options.Transport == TwitchTransport.WebSocket ? _options.WebSocketUrl : $"{_options.Host}:{_options.Port}";

    private async Task<IIrcTransport> ConnectAsync(CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(_options.ConnectTimeoutSeconds), _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return _options.Transport == TwitchTransport.WebSocket
                ? await WebSocketIrcTransport.ConnectAsync(new Uri(_options.WebSocketUrl), _time, linked.Token)
                : await TcpIrcTransport.ConnectAsync(_options.Host, _options.Port, _options.UseTls, linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"No connection to {Endpoint} within {_options.ConnectTimeoutSeconds} s.");
        }
    }

    /// <summary>Called by the session once the server accepted the login: the next failure starts the backoff afresh.</summary>
    internal void LoggedIn() => _backoff.Reset();

    /// <summary>Called by the session for a line that could not be used.</summary>
    internal void SkipMalformed(string error)
    {
        Losses.CountMalformed();
        _logger.LogWarning("Twitch chat skipped a malformed line: {Error}", error);
    }

    /// <summary>Called by the session for each chat event; drops one already delivered, and counts one the buffer has no room for.</summary>
    internal void Publish(ChatEvent chatEvent)
    {
        if (chatEvent is ChatMessage { MessageId: { } id } && !_seen.TryAdd(id))
        {
            _logger.LogDebug("Twitch chat message {MessageId} was already delivered; skipped", id);
            return;
        }

        if (!_events.Writer.TryWrite(chatEvent))
        {
            Losses.CountDropped();
            _logger.LogWarning(
                "Twitch chat event buffer is full ({Capacity}); dropped a {EventType} in {Channel}",
                _options.EventBufferCapacity, chatEvent.GetType().Name, chatEvent.Channel);
        }
    }

    internal void SetStatus(ChatSourceStatus status)
    {
        Status = status;
        _logger.LogInformation("Twitch chat: {Status}", status.Message);
        StatusChanged?.Invoke(status);
    }
}
