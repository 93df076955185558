using TtsPanel.App.Settings;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TtsPanel.App.Chat;
using TtsPanel.App.Moderation;
using TtsPanel.App.Queue;
using TtsPanel.App.Tests.Fakes;
using TtsPanel.App.Voices;
using TtsPanel.Engine.Espeak;

namespace TtsPanel.App.Tests.Chat;

/// <summary>Chat events against the real queue, playback and voice store on a LiteDB file, with espeak-ng's voices.</summary>
public sealed class ChatIngestionTests : IDisposable
{
    private readonly PanelFixture _panel = new(engine: EspeakEngine.Create(new EspeakOptions()));
    private readonly ChatCounters _counters = new();
    private readonly ListLogger<ChatIngestion> _logger = new();
    private readonly ListLogger<ChatCommandHandler> _commandLogger = new();
    private readonly UserVoiceRepository _userVoices;

    public ChatIngestionTests() => _userVoices = new UserVoiceRepository(_panel.Database);

    public void Dispose() => _panel.Dispose();

    private ChatIngestion Ingestion(ChatOptions? chat = null, int maxPendingPerUser = 3) =>
        new(new ChatModerator(new FixedOptionsMonitor<ModerationOptions>(new ModerationOptions { UserCooldownSeconds = 0, DuplicateWindowSeconds = 0, MaxPendingPerUser = maxPendingPerUser }), _panel.Time),
            _panel.Speech, _panel.Queue, _panel.Playback,
            new ChatCommandHandler(_panel.Playback, _userVoices, _panel.Voices, _counters, _panel.Time, _commandLogger),
            _userVoices, _panel.Voices, _counters, new FixedOptionsMonitor<ChatOptions>(chat ?? new ChatOptions()), _panel.Time, _logger);

    private static ChatMessage Message(string text, string login = "viewer", string? id = null, bool moderator = false, int bits = 0) => new()
    {
        Source = "twitch", Channel = "#streamer", SentAt = DateTimeOffset.UnixEpoch, MessageId = id ?? Guid.NewGuid().ToString(),
        UserId = $"id-{login}", UserLogin = login, DisplayName = login.ToUpperInvariant(), Text = text, IsModerator = moderator, Bits = bits,
    };

    private QueueItem Ready(Guid itemId) =>
        _panel.Queue.Transition(itemId, _ => true, i => i with { State = QueueItemState.Ready, Clip = new Clip([0], 1, TimeSpan.Zero) })!;

    [Fact]
    public async Task HandleAsync_TtsMessage_QueuesTheTextWithItsOrigin()
    {
        await Ingestion().HandleAsync(Message("!tts hello there", id: "m-1"), CancellationToken.None);

        var item = Assert.Single(_panel.Queue.Snapshot());
        Assert.Equal(("hello there", QueueItemState.Pending, SpeechLane.Ordinary, null), (item.Text, item.State, item.Lane, item.HoldUntil));
        Assert.Equal(new QueueItemOrigin("twitch", "#streamer", "m-1", "id-viewer", "viewer", "VIEWER"), item.Origin);
        Assert.Equal(1, _counters.Queued);
    }

    [Fact]
    public async Task HandleAsync_Cheer_GoesInTheBitsLane()
    {
        await Ingestion().HandleAsync(Message("cheer100 take my bits", bits: 100), CancellationToken.None);

        Assert.Equal(SpeechLane.Bits, Assert.Single(_panel.Queue.Snapshot()).Lane);
    }

    [Fact]
    public async Task HandleAsync_NotTriggered_IsIgnoredAndNothingIsQueued()
    {
        var ingestion = Ingestion();

        await ingestion.HandleAsync(Message("just chatting"), CancellationToken.None);

        Assert.Empty(_panel.Queue.Snapshot());
        Assert.Equal(0, _counters.Queued);
    }

    [Fact]
    public async Task HandleAsync_HoldWindow_HoldsTheItemThatLong()
    {
        await Ingestion(new ChatOptions { HoldWindowSeconds = 15 }).HandleAsync(Message("!tts wait for it"), CancellationToken.None);

        Assert.Equal(_panel.Time.GetUtcNow().AddSeconds(15), Assert.Single(_panel.Queue.Snapshot()).HoldUntil);
    }

    [Fact]
    public async Task HandleAsync_RequireApproval_ItemAwaitsApproval()
    {
        await Ingestion(new ChatOptions { RequireApproval = true }).HandleAsync(Message("!tts may I"), CancellationToken.None);

        Assert.Equal(QueueItemState.AwaitingApproval, Assert.Single(_panel.Queue.Snapshot()).State);
    }

    [Fact]
    public async Task HandleAsync_PendingCap_CountsTheSendersItemsInTheQueue()
    {
        var ingestion = Ingestion(maxPendingPerUser: 1);
        await ingestion.HandleAsync(Message("!tts first"), CancellationToken.None);
        await ingestion.HandleAsync(Message("!tts from someone else", login: "other"), CancellationToken.None);

        await ingestion.HandleAsync(Message("!tts second"), CancellationToken.None);

        Assert.Equal(["first", "from someone else"], _panel.Queue.Snapshot().Select(i => i.Text));
    }

    [Fact]
    public async Task HandleAsync_MessageDeleted_RemovesThatItemOnly()
    {
        var ingestion = Ingestion();
        await ingestion.HandleAsync(Message("!tts bad words", id: "m-1"), CancellationToken.None);
        await ingestion.HandleAsync(Message("!tts fine words", id: "m-2"), CancellationToken.None);

        await ingestion.HandleAsync(new ChatMessageDeleted { Source = "twitch", Channel = "#streamer", SentAt = DateTimeOffset.UnixEpoch, MessageId = "m-1" },
            CancellationToken.None);

        Assert.Equal([QueueItemState.Removed, QueueItemState.Pending], _panel.Queue.Snapshot().Select(i => i.State));
        Assert.Equal(1, _counters.RemovedByModerators);
    }

    [Fact]
    public async Task HandleAsync_MessageDeletedWhilePlaying_StopsItOnTheOverlay()
    {
        var ingestion = Ingestion();
        await ingestion.HandleAsync(Message("!tts playing now", id: "m-1"), CancellationToken.None);
        var item = Ready(_panel.Queue.Snapshot()[0].Id);
        _panel.Playback.ClipStarted(item.Id);

        await ingestion.HandleAsync(new ChatMessageDeleted { Source = "twitch", Channel = "#streamer", SentAt = DateTimeOffset.UnixEpoch, MessageId = "m-1" },
            CancellationToken.None);

        Assert.Equal(QueueItemState.Removed, _panel.Queue.Find(item.Id)!.State);
        Assert.Equal([item.Id], Assert.Single(_panel.Output.Cancelled));
    }

    [Fact]
    public async Task HandleAsync_UserTimedOut_RemovesAllTheirUnfinishedItems()
    {
        var ingestion = Ingestion();
        await ingestion.HandleAsync(Message("!tts one", login: "troll"), CancellationToken.None);
        await ingestion.HandleAsync(Message("!tts kept", login: "nice"), CancellationToken.None);
        await ingestion.HandleAsync(Message("!tts two", login: "troll"), CancellationToken.None);

        await ingestion.HandleAsync(new ChatUserCleared
        {
            Source = "twitch", Channel = "#streamer", SentAt = DateTimeOffset.UnixEpoch, UserId = "id-troll", UserLogin = "troll", Duration = TimeSpan.FromMinutes(10),
        }, CancellationToken.None);

        Assert.Equal(["kept"], _panel.Queue.FindUnfinished(_ => true).Select(i => i.Text));
        Assert.Equal(2, _counters.RemovedByModerators);
    }

    [Fact]
    public async Task HandleAsync_ChatCleared_RemovesThatChatsItemsButNotThePanelsOwn()
    {
        var ingestion = Ingestion();
        await ingestion.HandleAsync(Message("!tts from chat"), CancellationToken.None);
        var own = _panel.Enqueue("typed by the streamer");

        await ingestion.HandleAsync(new ChatCleared { Source = "twitch", Channel = "#streamer", SentAt = DateTimeOffset.UnixEpoch }, CancellationToken.None);

        Assert.Equal([own.Id], _panel.Queue.FindUnfinished(_ => true).Select(i => i.Id));
    }

    [Fact]
    public async Task HandleAsync_SkipFromAModerator_SkipsThePlayingClip()
    {
        var ingestion = Ingestion();
        var item = Ready(_panel.Enqueue("long story").Id);
        _panel.Playback.ClipStarted(item.Id);

        await ingestion.HandleAsync(Message("!skip", login: "mod", moderator: true), CancellationToken.None);

        Assert.Equal(QueueItemState.Skipped, _panel.Queue.Find(item.Id)!.State);
        Assert.Equal(1, _counters.Commands);
    }

    [Fact]
    public async Task HandleAsync_SkipFromAViewer_IsRefusedAndNothingIsSkipped()
    {
        var ingestion = Ingestion();
        var item = Ready(_panel.Enqueue("long story").Id);
        _panel.Playback.ClipStarted(item.Id);

        await ingestion.HandleAsync(Message("!skip"), CancellationToken.None);

        Assert.Equal(QueueItemState.Playing, _panel.Queue.Find(item.Id)!.State);
        Assert.Equal(0, _counters.Commands);
    }

    [Fact]
    public async Task HandleAsync_PauseResumeAndClearFromAModerator_ActOnPlayback()
    {
        var ingestion = Ingestion();
        _panel.Enqueue("waiting");

        await ingestion.HandleAsync(Message("!pause", login: "mod", moderator: true), CancellationToken.None);
        var paused = _panel.Playback.State.Paused;
        await ingestion.HandleAsync(Message("!resume", login: "mod", moderator: true), CancellationToken.None);
        await ingestion.HandleAsync(Message("!clear", login: "mod", moderator: true), CancellationToken.None);

        Assert.True(paused);
        Assert.False(_panel.Playback.State.Paused);
        Assert.Empty(_panel.Queue.FindUnfinished(_ => true));
    }

    [Fact]
    public async Task HandleAsync_VoiceCommand_SpeaksTheSendersNextMessagesInThatVoiceOnly()
    {
        var ingestion = Ingestion();

        await ingestion.HandleAsync(Message("!voice de"), CancellationToken.None);
        await ingestion.HandleAsync(Message("!tts hallo"), CancellationToken.None);
        await ingestion.HandleAsync(Message("!tts hello", login: "other"), CancellationToken.None);

        Assert.Equal(["espeak-ng:de", _panel.Voices.DefaultVoice!.Id], _panel.Queue.Snapshot().Select(i => i.VoiceId));
        Assert.Equal("espeak-ng:de", _userVoices.Find("twitch", "id-viewer"));
    }

    [Fact]
    public async Task HandleAsync_VoiceCommandWithAnUnknownName_IsLoggedCountedAndChangesNothing()
    {
        var ingestion = Ingestion();

        await ingestion.HandleAsync(Message("!voice klingon-opera"), CancellationToken.None);

        Assert.Null(_userVoices.Find("twitch", "id-viewer"));
        Assert.Equal((1, 0), (_counters.UnknownVoices, _counters.Commands));
        var entry = Assert.Single(_commandLogger.Entries);
        Assert.Equal((LogLevel.Warning, "!voice from viewer in #streamer names no voice the panel has: 'klingon-opera'"), entry);
    }

    [Fact]
    public async Task HandleAsync_StoredVoiceThatIsGone_SpeaksInTheDefaultVoice()
    {
        _userVoices.Set("twitch", "id-viewer", "viewer", "f5-tts:deleted", _panel.Time.GetUtcNow());

        await Ingestion().HandleAsync(Message("!tts hello"), CancellationToken.None);

        Assert.Equal(_panel.Voices.DefaultVoice!.Id, Assert.Single(_panel.Queue.Snapshot()).VoiceId);
        Assert.Equal(1, _counters.UnknownVoices);
    }

    [Fact]
    public async Task ReadAsync_AnEventThatFails_IsCountedAndLoggedAndReadingGoesOn()
    {
        var source = new ListChatSource([
            new UnknownChatEvent { Source = "twitch", Channel = "#streamer", SentAt = DateTimeOffset.UnixEpoch },
            Message("!tts still read"),
        ]);

        await Ingestion().ReadAsync(source, CancellationToken.None);

        Assert.Equal("still read", Assert.Single(_panel.Queue.Snapshot()).Text);
        Assert.Equal(1, _counters.FailedEvents);
        Assert.Contains(_logger.Entries, e => e is { Level: LogLevel.Error, Message: "Chat event UnknownChatEvent from twitch #streamer failed" });
    }

    private sealed record UnknownChatEvent : ChatEvent;
}
