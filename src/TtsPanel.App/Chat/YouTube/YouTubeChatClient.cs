using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TtsPanel.App.Chat.YouTube;

/// <summary>
/// Reads a YouTube live chat by polling <c>liveChatMessages.list</c> with an API key: finds the chat of the configured
/// video (or takes its id), then asks for each next page after YouTube's <c>pollingIntervalMillis</c>, stretched so the
/// daily quota budget lasts (<see cref="YouTubeQuotaBudget.Pace"/>). The first page is the chat's history before the
/// panel started and is never published. Network and server errors are retried after a jittered, growing delay; a
/// refused key, a spent quota or a missing or disabled chat stop it with a sentence in <see cref="Status"/>, and so does
/// the end of the chat. A hosted service calls <see cref="RunAsync"/> once and reads <see cref="Events"/> alongside.
/// </summary>
public sealed class YouTubeChatClient : IChatSource
{
    // Pages of up to 2000 items with author details stay far below this; a larger answer is not YouTube's.
    private const long MaxResponseBytes = 16 * 1024 * 1024;

    private static readonly ChatSourceStatus ChatEnded = new(ChatSourceState.Stopped, "Stopped: the live chat ended");

    private readonly YouTubeOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<YouTubeChatClient> _logger;
    private readonly ReconnectBackoff _backoff;
    private readonly YouTubeEventWriter _events;
    private readonly YouTubeQuotaBudget _budget;
    private readonly Lock _gate = new();
    private DateTimeOffset? _nextPollAt;
    private int _started;
    private bool _finished;

    /// <param name="losses">Where skipped and dropped input is counted; a new count when null.</param>
    /// <param name="quota">The panel's count of today's quota units; a new one, in memory, when null.</param>
    public YouTubeChatClient(
        IOptions<YouTubeOptions> options, TimeProvider time, ILogger<YouTubeChatClient> logger, ChatInputLosses? losses = null,
        YouTubeQuotaLedger? quota = null)
    {
        Losses = losses ?? new ChatInputLosses();
        _options = options.Value;
        _time = time;
        _logger = logger;
        _backoff = new ReconnectBackoff(
            TimeSpan.FromMilliseconds(_options.RetryMinDelayMs), TimeSpan.FromMilliseconds(_options.RetryMaxDelayMs), Random.Shared);
        var tierBits = _options.SuperChatTierBits.Count > 0 ? _options.SuperChatTierBits.ToArray() : YouTubeOptions.DefaultSuperChatTierBits;
        _events = new YouTubeEventWriter(_options, tierBits, time, Losses, logger);
        _budget = new YouTubeQuotaBudget(
            _options.QuotaUnitsPerDay, TimeSpan.FromHours(_options.QuotaSpreadHours), quota ?? new YouTubeQuotaLedger(time), time);
    }

    public string Name => YouTubeMessageMapper.Source;

    /// <summary>Chat events in arrival order; completed once <see cref="RunAsync"/> returns.</summary>
    public ChannelReader<ChatEvent> Events => _events.Reader;

    /// <summary>The connection's state now.</summary>
    public ChatSourceStatus Status { get; private set; } = new(ChatSourceState.Stopped, "Not started");

    /// <summary>Raised on every change of <see cref="Status"/>, on the client's own thread.</summary>
    public event Action<ChatSourceStatus>? StatusChanged;

    /// <summary>The quota budget: units spent today, units left, the next reset.</summary>
    public YouTubeQuotaBudget Quota => _budget;

    /// <summary>When the next poll is due; null before the first poll was answered.</summary>
    public DateTimeOffset? NextPollAt
    {
        get
        {
            lock (_gate)
                return _nextPollAt;
        }
    }

    /// <summary>
    /// Answers skipped because they were not the documented JSON (each was asked for again), and events dropped because
    /// <see cref="YouTubeOptions.EventBufferCapacity"/> events were waiting to be read.
    /// </summary>
    public ChatInputLosses Losses { get; }

    /// <summary>Chat items on the first page (the history before the panel started), never published.</summary>
    public long BacklogSkipped => _events.BacklogSkipped;

    /// <summary>
    /// Polls until <paramref name="cancellationToken"/> is cancelled or the chat stops for good (<see cref="Status"/>
    /// says why). Runs once per client.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _started, 1) == 1)
            throw new InvalidOperationException("A YouTubeChatClient runs once; create a new one to read again.");
        using var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var http = new HttpClient(handler)
        {
            BaseAddress = new Uri(_options.BaseUrl.EndsWith('/') ? _options.BaseUrl : _options.BaseUrl + "/"),
            Timeout = TimeSpan.FromSeconds(_options.RequestTimeoutSeconds),
            MaxResponseContentBufferSize = MaxResponseBytes,
        };
        var api = new YouTubeApi(http, _options.ApiKey ?? "");
        try
        {
            if (await FindChatAsync(api, cancellationToken) is { } liveChatId)
                await PollAsync(api, liveChatId, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped by the streamer or the host: the finally block says so.
        }
        finally
        {
            _events.Complete();
            if (!_finished)
                SetStatus(new ChatSourceStatus(ChatSourceState.Stopped, "Stopped"));
        }
    }

    /// <summary>The chat to read: the configured id, or the video's active chat once it has one; null when the client stopped.</summary>
    private async Task<string?> FindChatAsync(YouTubeApi api, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(_options.LiveChatId))
            return _options.LiveChatId;
        var videoId = _options.VideoId!;
        while (true)
        {
            SetStatus(new ChatSourceStatus(ChatSourceState.Connecting, $"Looking up the live chat of video {videoId}"));
            var details = await CallAsync(YouTubeApi.VideoLookupCost, ct => api.GetLiveDetailsAsync(videoId, ct), cancellationToken);
            if (details is null)
            {
                if (_finished)
                    return null;
                continue;
            }

            if (details.ActiveLiveChatId is { Length: > 0 } chatId)
            {
                _backoff.Reset();
                return chatId;
            }

            var stop = details switch
            {
                { Found: false } => new ChatSourceStatus(
                    ChatSourceState.Failed, $"Stopped: YouTube has no video {videoId} (check {YouTubeOptions.Section}:VideoId)"),
                { IsLiveStream: false } => new ChatSourceStatus(ChatSourceState.Failed, $"Stopped: video {videoId} is not a live stream"),
                { EndedAt: not null } => ChatEnded,
                _ => null,
            };
            if (stop is not null)
            {
                Finish(stop);
                return null;
            }

            // An upcoming stream has no chat yet: look again at the growing retry pace (up to RetryMaxDelayMs), one unit a look.
            await WaitAsync($"video {videoId} has no live chat yet", cancellationToken);
        }
    }

    private async Task PollAsync(YouTubeApi api, string liveChatId, CancellationToken cancellationToken)
    {
        SetStatus(new ChatSourceStatus(ChatSourceState.Connecting, $"Connecting to live chat {liveChatId}"));
        string? pageToken = null;
        var firstPage = true;
        while (true)
        {
            var token = pageToken;
            var page = await CallAsync(YouTubeApi.ListMessagesCost, ct => api.ListMessagesAsync(liveChatId, token, ct), cancellationToken);
            if (page is null)
            {
                if (_finished)
                    return;
                continue;
            }

            _backoff.Reset();
            var ended = _events.Publish(page, backlog: firstPage) || page.OfflineAt is not null;
            firstPage = false;
            pageToken = page.NextPageToken ?? pageToken;
            if (ended)
            {
                Finish(ChatEnded);
                return;
            }

            await WaitForNextPollAsync(liveChatId, page.PollingInterval, cancellationToken);
        }
    }

    private async Task WaitForNextPollAsync(string liveChatId, TimeSpan? pollingInterval, CancellationToken cancellationToken)
    {
        var minimum = TimeSpan.FromMilliseconds(_options.MinPollIntervalMs);
        var asked = pollingInterval > minimum ? pollingInterval.Value : minimum;
        var interval = _budget.Pace(asked, YouTubeApi.ListMessagesCost);
        var message = interval > asked
            ? $"Reading live chat {liveChatId}; polling every {interval.TotalSeconds:0} s so the daily quota lasts"
            : $"Reading live chat {liveChatId}";
        var due = _time.GetUtcNow() + interval;
        lock (_gate)
            _nextPollAt = due;
        if (Status.State != ChatSourceState.Connected || Status.Message != message)
            SetStatus(new ChatSourceStatus(ChatSourceState.Connected, message));
        await DelayUntilAsync(due, cancellationToken);
    }

    /// <summary>
    /// Spends the quota for one request and sends it. Returns the answer, or null when there is none: after a
    /// retryable failure (the retry delay has then passed) or when the client stopped (<see cref="_finished"/>).
    /// </summary>
    private async Task<T?> CallAsync<T>(int units, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
        where T : class
    {
        if (!_budget.TrySpend(units))
        {
            Finish(new ChatSourceStatus(ChatSourceState.Failed,
                $"Stopped: the daily quota budget of {_budget.UnitsPerDay} units ({YouTubeOptions.Section}:QuotaUnitsPerDay) is spent; " +
                $"it resets at midnight Pacific time ({_budget.NextReset.UtcDateTime:yyyy-MM-dd HH:mm} UTC)"));
            return null;
        }

        string reason;
        try
        {
            return await call(cancellationToken);
        }
        catch (YouTubeApiException e)
        {
            var failure = YouTubeFailure.From(e);
            if (!failure.Retry)
            {
                _logger.Log(failure.ChatEnded ? LogLevel.Information : LogLevel.Error, "YouTube chat stopped: {Error}", e.Message);
                Finish(failure.ChatEnded ? ChatEnded : new ChatSourceStatus(ChatSourceState.Failed, $"Stopped: {failure.Sentence}"));
                return null;
            }

            reason = failure.Sentence;
        }
        catch (JsonException e)
        {
            Losses.CountMalformed();
            _logger.LogWarning("YouTube chat skipped a malformed answer: {Error}", e.Message);
            reason = "YouTube's answer was not the expected JSON";
        }
        catch (HttpRequestException e)
        {
            reason = e.Message;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient reports its own timeout as a cancellation the caller did not ask for.
            reason = $"no answer within {_options.RequestTimeoutSeconds} s";
        }

        await WaitAsync(reason, cancellationToken);
        return null;
    }

    /// <summary>Waits the next backoff delay, saying why in <see cref="Status"/>.</summary>
    private async Task WaitAsync(string reason, CancellationToken cancellationToken)
    {
        var delay = _backoff.NextDelay();
        var retryAt = _time.GetUtcNow() + delay;
        _logger.LogWarning("YouTube chat: {Reason}; trying again in {DelayMs:0} ms", reason, delay.TotalMilliseconds);
        SetStatus(new ChatSourceStatus(ChatSourceState.Reconnecting, $"Retrying in {delay.TotalSeconds:0.#} s ({reason})", retryAt));
        await DelayUntilAsync(retryAt, cancellationToken);
    }

    /// <summary>Waits until <paramref name="due"/>; a due time already passed (the clock moved on meanwhile) returns at once.</summary>
    private async Task DelayUntilAsync(DateTimeOffset due, CancellationToken cancellationToken)
    {
        var left = due - _time.GetUtcNow();
        if (left > TimeSpan.Zero)
            await Task.Delay(left, _time, cancellationToken);
    }

    /// <summary>Stops for good: the run ends with <paramref name="status"/> instead of the plain "Stopped".</summary>
    private void Finish(ChatSourceStatus status)
    {
        _finished = true;
        SetStatus(status);
    }

    private void SetStatus(ChatSourceStatus status)
    {
        Status = status;
        _logger.LogInformation("YouTube chat: {Status}", status.Message);
        StatusChanged?.Invoke(status);
    }
}
