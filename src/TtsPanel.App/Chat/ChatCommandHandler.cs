using Microsoft.Extensions.Logging;
using TtsPanel.App.Moderation;
using TtsPanel.App.Playback;
using TtsPanel.App.Voices;
using TtsPanel.Engine.Abstractions;

namespace TtsPanel.App.Chat;

/// <summary>
/// Carries out chat commands the moderator let through: <c>!skip</c>, <c>!pause</c>, <c>!resume</c> and <c>!clear</c>
/// act on playback as the dashboard's buttons do; <c>!voice name</c> stores the sender's own voice.
/// </summary>
public sealed class ChatCommandHandler(
    PlaybackCoordinator playback,
    UserVoiceRepository userVoices,
    VoiceCatalog voices,
    ChatCounters counters,
    TimeProvider time,
    ILogger<ChatCommandHandler> logger)
{
    public async Task RunAsync(ChatMessage message, CommandIssued command, CancellationToken cancellationToken)
    {
        switch (command.Command)
        {
            case ChatCommand.Skip:
                var skipped = await playback.SkipAsync(cancellationToken);
                logger.LogInformation("!skip from {User} in {Channel}: {Outcome}", message.UserLogin, message.Channel,
                    skipped ? "skipped" : "nothing was playing");
                break;
            case ChatCommand.Pause:
                await playback.PauseAsync(cancellationToken);
                logger.LogInformation("!pause from {User} in {Channel}", message.UserLogin, message.Channel);
                break;
            case ChatCommand.Resume:
                await playback.ResumeAsync(cancellationToken);
                logger.LogInformation("!resume from {User} in {Channel}", message.UserLogin, message.Channel);
                break;
            case ChatCommand.Clear:
                var removed = await playback.ClearAsync(cancellationToken);
                logger.LogInformation("!clear from {User} in {Channel}: {ItemCount} queue items removed", message.UserLogin, message.Channel, removed);
                break;
            case ChatCommand.Voice:
                if (!SetVoice(message, command.Argument ?? ""))
                    return;
                break;
        }

        counters.CountCommand();
    }

    /// <summary>Stores the sender's voice; false (logged and counted) when the panel has no voice of that name.</summary>
    private bool SetVoice(ChatMessage message, string name)
    {
        if (Resolve(name) is not { } voice)
        {
            counters.CountUnknownVoice();
            logger.LogWarning("!voice from {User} in {Channel} names no voice the panel has: '{VoiceName}'", message.UserLogin, message.Channel, name);
            return false;
        }

        userVoices.Set(message.Source, ChatUsers.Key(message), message.UserLogin, voice.Id, time.GetUtcNow());
        logger.LogInformation("{User} in {Channel} now speaks as {VoiceId}", message.UserLogin, message.Channel, voice.Id);
        return true;
    }

    /// <summary>
    /// The voice a viewer means: its full id (<c>espeak-ng:de</c>), else the engine's own id (<c>de</c>) or the voice's
    /// name (<c>German</c>), any case, when exactly one voice has it.
    /// </summary>
    private VoiceInfo? Resolve(string name)
    {
        var all = voices.Voices;
        return all.FirstOrDefault(v => string.Equals(v.Id, name, StringComparison.OrdinalIgnoreCase))
            ?? Unique(all.Where(v => string.Equals(v.EngineVoiceId, name, StringComparison.OrdinalIgnoreCase)))
            ?? Unique(all.Where(v => string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase)));
    }

    private static VoiceInfo? Unique(IEnumerable<VoiceInfo> matches)
    {
        var found = matches.Take(2).ToList();
        return found.Count == 1 ? found[0] : null;
    }
}
