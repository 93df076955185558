using Microsoft.Extensions.Logging;

namespace TtsPanel.App.Chat.Twitch;

/// <summary>
/// One connection's life: log in, join, read lines until the connection ends, and watch for silence. A new session is
/// made for every connection, so nothing (joined channels, watchdog state) leaks from a dead connection into the next.
/// </summary>
internal sealed class TwitchSession(
    IIrcTransport connection,
    TwitchOptions options,
    IReadOnlyList<string> channels,
    string nick,
    TimeProvider time,
    ILogger logger,
    TwitchChatClient client)
{
    private const string Capabilities = "twitch.tv/tags twitch.tv/commands";

    private readonly HashSet<string> _joined = new(StringComparer.Ordinal);
    private long _lastLineTicks = time.GetUtcNow().UtcTicks;
    private volatile string? _watchdogReason;

    private DateTimeOffset LastLineAt
    {
        get => new(Volatile.Read(ref _lastLineTicks), TimeSpan.Zero);
        set => Volatile.Write(ref _lastLineTicks, value.UtcTicks);
    }

    public async Task<TwitchSessionEnd> RunAsync(CancellationToken cancellationToken)
    {
        using var session = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var watchdog = WatchAsync(session);
        try
        {
            await LogInAsync(session.Token);
            while (true)
            {
                var line = await connection.ReadLineAsync(session.Token);
                if (line is null)
                    return new TwitchSessionEnd("the server closed the connection");
                LastLineAt = time.GetUtcNow();
                if (connection.LastLineTooLong)
                    client.SkipMalformed($"The line is longer than {IrcLineBuffer.MaxLineBytes} bytes.");
                else if (!IrcLineParser.TryParse(line, out var message, out var error))
                    client.SkipMalformed(error);
                else if (await HandleAsync(message, session.Token) is { } end)
                    return end;
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && _watchdogReason is { } reason)
        {
            return new TwitchSessionEnd(reason);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await QuitAsync();
            throw;
        }
        finally
        {
            await session.CancelAsync();
            await watchdog;
        }
    }

    private async Task LogInAsync(CancellationToken cancellationToken)
    {
        await connection.WriteLineAsync($"CAP REQ :{Capabilities}", cancellationToken);
        if (!string.IsNullOrEmpty(options.OAuthToken))
        {
            var token = options.OAuthToken.StartsWith("oauth:", StringComparison.Ordinal) ? options.OAuthToken[6..] : options.OAuthToken;
            await connection.WriteLineAsync($"PASS oauth:{token}", cancellationToken);
        }

        await connection.WriteLineAsync($"NICK {nick}", cancellationToken);
        // Twitch ignores USER; a plain IRC server does not finish the login without it.
        await connection.WriteLineAsync($"USER {nick} 0 * :{nick}", cancellationToken);
    }

    private async Task<TwitchSessionEnd?> HandleAsync(IrcMessage message, CancellationToken cancellationToken)
    {
        switch (message.Command)
        {
            case "PING":
                await connection.WriteLineAsync(message.Parameters.Count > 0 ? $"PONG :{message.Parameters[^1]}" : "PONG", cancellationToken);
                return null;
            case "PONG":
                return null;
            case "CAP" when message.Parameter(1) is "ACK" or "NAK":
                // A plain IRC server refuses Twitch's capabilities; either way the login waits for CAP END.
                if (message.Parameter(1) == "NAK")
                    logger.LogInformation("The chat server refused {Capabilities}; reading without Twitch tags", Capabilities);
                await connection.WriteLineAsync("CAP END", cancellationToken);
                return null;
            case "001":
                client.LoggedIn();
                client.SetStatus(new ChatSourceStatus(ChatSourceState.Connecting, $"Joining {string.Join(", ", channels)}"));
                foreach (var channel in channels)
                    await connection.WriteLineAsync($"JOIN {channel}", cancellationToken);
                return null;
            case "JOIN" when string.Equals(message.Nick, nick, StringComparison.OrdinalIgnoreCase) && message.Parameter(0) is { } joined:
                if (_joined.Add(joined.ToLowerInvariant()) && channels.All(_joined.Contains))
                    client.SetStatus(new ChatSourceStatus(ChatSourceState.Connected, $"Connected to {string.Join(", ", channels)}"));
                return null;
            case "RECONNECT":
                return new TwitchSessionEnd("the server asked to reconnect");
        }

        if (TwitchMessageMapper.AuthenticationFailure(message) is { } refusal)
            return new TwitchSessionEnd(refusal, LoginRefused: true);
        if (message.Command == "ERROR")
            return new TwitchSessionEnd($"the server closed the link: {message.Parameter(0)}");
        if (message.Command == "NOTICE")
            logger.LogInformation("Twitch chat notice for {Target}: {Text}", message.Parameter(0), message.Parameter(1));
        if (TwitchMessageMapper.Map(message, time.GetUtcNow(), options.IncludeSharedChat) is { } chatEvent)
            client.Publish(chatEvent);
        return null;
    }

    /// <summary>Sends PING after <see cref="TwitchOptions.SilenceBeforePingSeconds"/> of silence and ends the session when nothing answers in time.</summary>
    private async Task WatchAsync(CancellationTokenSource session)
    {
        var silenceLimit = TimeSpan.FromSeconds(options.SilenceBeforePingSeconds);
        try
        {
            while (true)
            {
                var silence = time.GetUtcNow() - LastLineAt;
                if (silence < silenceLimit)
                {
                    await Task.Delay(silenceLimit - silence, time, session.Token);
                    continue;
                }

                var pingedAt = time.GetUtcNow();
                await connection.WriteLineAsync("PING :ttspanel", session.Token);
                await Task.Delay(TimeSpan.FromSeconds(options.PongTimeoutSeconds), time, session.Token);
                if (LastLineAt < pingedAt)
                {
                    _watchdogReason = $"no reply to PING within {options.PongTimeoutSeconds} s";
                    await session.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (session.IsCancellationRequested)
        {
            // The session ended; there is nothing left to watch.
        }
        catch (IOException)
        {
            // The PING could not be written; the read loop meets the same broken socket and ends the session.
        }
    }

    private async Task QuitAsync()
    {
        // Best effort: QUIT frees the nick on the server at once. A socket that cannot take it is closed all the same.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2), time);
        try
        {
            await connection.WriteLineAsync("QUIT", timeout.Token);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException)
        {
            logger.LogDebug("Twitch chat could not say QUIT: {Error}", e.Message);
        }
    }
}
