using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TtsPanel.App.Moderation;
using TtsPanel.App.Playback;
using TtsPanel.App.Queue;
using TtsPanel.App.Voices;

namespace TtsPanel.App.Chat;

/// <summary>
/// Turns chat events into queue changes: a message goes through the <see cref="ChatModerator"/> and, accepted, into the
/// queue with its origin and lane (held or awaiting approval as <see cref="ChatOptions"/> say); a command is carried
/// out; a moderator's deletion, timeout, ban or chat clear removes the items it concerns, stopping one that plays.
/// </summary>
public sealed class ChatIngestion(
    ChatModerator moderator,
    SpeakService speech,
    SynthesisQueue queue,
    PlaybackCoordinator playback,
    ChatCommandHandler commands,
    UserVoiceRepository userVoices,
    VoiceCatalog voices,
    ChatCounters counters,
    IOptionsMonitor<ChatOptions> options,
    TimeProvider time,
    ILogger<ChatIngestion> logger)
{
    /// <summary>
    /// Reads <paramref name="source"/>'s events until they end or <paramref name="cancellationToken"/> is cancelled.
    /// Each event is carried out (an accepted message stored) before the next is read, so a message counts as taken
    /// only once it is on disk.
    /// </summary>
    public async Task ReadAsync(IChatSource source, CancellationToken cancellationToken)
    {
        await foreach (var chatEvent in source.Events.ReadAllAsync(cancellationToken))
        {
            try
            {
                await HandleAsync(chatEvent, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One event that fails (a database error, a bug) must not stop the panel from reading the chat.
                counters.CountFailedEvent();
                logger.LogError(e, "Chat event {EventKind} from {Source} {Channel} failed", chatEvent.GetType().Name, chatEvent.Source, chatEvent.Channel);
            }
        }
    }

    /// <summary>Carries out one chat event.</summary>
    public Task HandleAsync(ChatEvent chatEvent, CancellationToken cancellationToken) => chatEvent switch
    {
        ChatMessage message => HandleMessageAsync(message, cancellationToken),
        ChatMessageDeleted deleted => RemoveAsync(deleted, "message deleted",
            i => i.Origin is { } o && o.Source == deleted.Source && o.MessageId == deleted.MessageId, cancellationToken),
        ChatUserCleared user => RemoveAsync(user, $"{user.UserLogin} {(user.Duration is null ? "banned" : "timed out")}",
            i => i.Origin?.IsFrom(user.Source, user.UserId, user.UserLogin) == true, cancellationToken),
        // Only this chat's messages: the streamer's own and other sources' messages were not cleared.
        ChatCleared cleared => RemoveAsync(cleared, "chat cleared",
            i => i.Origin is { } o && o.Source == cleared.Source && o.Channel == cleared.Channel, cancellationToken),
        _ => throw new ArgumentException($"Unknown chat event {chatEvent.GetType().Name}.", nameof(chatEvent)),
    };

    private async Task HandleMessageAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        var pending = queue.FindUnfinished(i => i.Origin?.IsFrom(message.Source, message.UserId, message.UserLogin) == true).Count;
        switch (moderator.Moderate(message, pending, UserVoice(message)))
        {
            case MessageAccepted accepted:
                Enqueue(message, accepted);
                break;
            case CommandIssued command:
                await commands.RunAsync(message, command, cancellationToken);
                break;
            case MessageIgnored ignored:
                logger.LogDebug("Chat message {MessageId} from {User} in {Channel} ignored ({Reason}): {Explanation}",
                    message.MessageId, message.UserLogin, message.Channel, ignored.Reason, ignored.Message);
                break;
            case MessageRejected rejected:
                logger.LogInformation("Chat message {MessageId} from {User} in {Channel} refused ({Reason}): {Explanation}",
                    message.MessageId, message.UserLogin, message.Channel, rejected.Reason, rejected.Message);
                break;
        }
    }

    private void Enqueue(ChatMessage message, MessageAccepted accepted)
    {
        // A source's names and ids are stored as sent, except unpaired surrogates, which the database cannot write.
        var origin = new QueueItemOrigin(message.Source, TextCleaner.ReplaceUnpairedSurrogates(message.Channel)!,
            TextCleaner.ReplaceUnpairedSurrogates(message.MessageId), TextCleaner.ReplaceUnpairedSurrogates(message.UserId),
            TextCleaner.ReplaceUnpairedSurrogates(message.UserLogin)!, TextCleaner.ReplaceUnpairedSurrogates(message.DisplayName)!);
        var settings = options.CurrentValue; // the Settings page may change these at any time
        var holdSeconds = settings.HoldWindowSeconds;
        DateTimeOffset? holdUntil = holdSeconds > 0 ? time.GetUtcNow().AddSeconds(holdSeconds) : null;
        var result = speech.Speak(new SpeakRequest(accepted.Text, accepted.Voice), request => request with
        {
            Origin = origin,
            Lane = accepted.Lane,
            HoldUntil = holdUntil,
            AwaitingApproval = settings.RequireApproval,
        });
        if (result.Item is { } item)
        {
            counters.CountQueued();
            logger.LogInformation("Chat message {MessageId} from {User} in {Channel} queued as {ItemId} ({Lane})",
                message.MessageId, message.UserLogin, message.Channel, item.Id, item.Lane);
        }
        else
        {
            // The queue counted the refusal by its reason; the log says whose message it was.
            logger.LogWarning("Chat message {MessageId} from {User} in {Channel} was not queued: {Explanation}",
                message.MessageId, message.UserLogin, message.Channel, result.Error!.Message);
        }
    }

    /// <summary>The voice the sender picked with <c>!voice</c> if the panel still has it; a vanished one is logged and counted.</summary>
    private string? UserVoice(ChatMessage message)
    {
        if (userVoices.Find(message.Source, ChatUsers.Key(message)) is not { } voiceId)
            return null;
        if (voices.Find(voiceId) is not null)
            return voiceId;
        counters.CountUnknownVoice();
        logger.LogWarning("{User}'s voice {VoiceId} is no longer available; the default voice speaks instead", message.UserLogin, voiceId);
        return null;
    }

    private async Task RemoveAsync(ChatEvent chatEvent, string what, Func<QueueItem, bool> concerns, CancellationToken cancellationToken)
    {
        var removed = 0;
        foreach (var item in queue.FindUnfinished(concerns))
        {
            if (await playback.RemoveAsync(item.Id, cancellationToken))
                removed++;
        }

        counters.CountRemoved(removed);
        logger.LogInformation("Moderation in {Source} {Channel} ({Action}): {ItemCount} queue items removed",
            chatEvent.Source, chatEvent.Channel, what, removed);
    }
}
