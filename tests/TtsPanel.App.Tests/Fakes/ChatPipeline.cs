using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TtsPanel.App.Chat;
using TtsPanel.App.Moderation;
using TtsPanel.App.Queue;
using TtsPanel.App.Settings;
using TtsPanel.App.Voices;

namespace TtsPanel.App.Tests.Fakes;

/// <summary>
/// The chat path as the panel wires it, from the socket to the disk: a scripted Twitch-shaped server on loopback, the
/// real client logged in to <see cref="Channel"/>, and <see cref="ChatIngestion"/> reading its events into the real
/// queue of a <see cref="PanelFixture"/>.
/// </summary>
internal sealed class ChatPipeline : IAsyncDisposable
{
    public const string Channel = "#fuzz";

    private readonly ScriptedIrcServer _server;
    private readonly CancellationTokenSource _stop = new();
    private bool _disposed;

    private ChatPipeline(
        PanelFixture panel, ScriptedIrcServer server, RunningChatClient client, IrcPeer chat, ChatCounters counters, ChatModerator moderator, ChatIngestion ingestion)
    {
        Panel = panel;
        Moderator = moderator;
        Ingestion = ingestion;
        _server = server;
        Client = client;
        Chat = chat;
        Counters = counters;
        Reading = ingestion.ReadAsync(client.Client, _stop.Token);
    }

    public PanelFixture Panel { get; }

    public RunningChatClient Client { get; }

    /// <summary>The server's side of the client's connection.</summary>
    public IrcPeer Chat { get; }

    public ChatCounters Counters { get; }

    public ChatModerator Moderator { get; }

    /// <summary>The ingestion reading the client; tests may also hand it events no socket can carry (lone surrogates).</summary>
    public ChatIngestion Ingestion { get; }

    /// <summary>The ingestion loop; it ends only when stopped.</summary>
    public Task Reading { get; }

    /// <summary>Connects a client to a fresh scripted server and starts ingesting into <paramref name="panel"/>'s queue.</summary>
    public static async Task<ChatPipeline> StartAsync(PanelFixture panel, ModerationOptions moderation, int eventBufferCapacity = 10_000)
    {
        var counters = new ChatCounters();
        var userVoices = new UserVoiceRepository(panel.Database);
        var moderator = new ChatModerator(new FixedOptionsMonitor<ModerationOptions>(moderation), panel.Time);
        var ingestion = new ChatIngestion(moderator, panel.Speech, panel.Queue, panel.Playback,
            new ChatCommandHandler(panel.Playback, userVoices, panel.Voices, counters, panel.Time, NullLogger<ChatCommandHandler>.Instance),
            userVoices, panel.Voices, counters, new FixedOptionsMonitor<ChatOptions>(new ChatOptions()), panel.Time, NullLogger<ChatIngestion>.Instance);
        var server = new ScriptedIrcServer();
        var options = RunningChatClient.LoopbackOptions(server.Port, Channel[1..]);
        options.EventBufferCapacity = eventBufferCapacity;
        var client = RunningChatClient.Start(options);
        var chat = await server.AcceptLoggedInAsync(Channel);
        await client.WaitForStatusAsync(ChatSourceState.Connected);
        return new ChatPipeline(panel, server, client, chat, counters, moderator, ingestion);
    }

    /// <summary>
    /// Waits (at most 90 s) until chat message <paramref name="messageId"/> is an unfinished queue item and returns it;
    /// fails at once if the ingestion loop ended.
    /// </summary>
    public async Task<QueueItem> WaitForItemAsync(string messageId)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        while (true)
        {
            if (Panel.Queue.FindUnfinished(i => i.Origin?.MessageId == messageId) is [var item])
                return item;
            Assert.False(Reading.IsCompleted, $"The ingestion loop ended: {Reading.Exception?.GetBaseException().Message ?? Reading.Status.ToString()}");
            await Task.Delay(20, timeout.Token);
        }
    }

    /// <summary>Stops the ingestion loop and checks that it ended by cancellation, not by an exception.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Reading);
    }

    /// <summary>Stops everything; a second call does nothing, so a test may stop the pipeline early.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
            return;
        _disposed = true;
        if (!Reading.IsCompleted)
            await _stop.CancelAsync();
        await Client.DisposeAsync();
        Chat.Dispose();
        _server.Dispose();
        _stop.Dispose();
    }
}
