using System.Text;
using TtsPanel.App.Chat;
using TtsPanel.App.Moderation;
using TtsPanel.App.Queue;
using TtsPanel.App.Tests.Fakes;

namespace TtsPanel.App.Tests.Chat;

/// <summary>
/// Each kind of bad chat input with its stated outcome, from the socket through moderation into the queue on disk.
/// README's "Bad chat input" table lists the same outcomes.
/// </summary>
public sealed class ChatBadInputTests : IAsyncLifetime
{
    private readonly PanelFixture _panel = new();
    private ChatPipeline _chat = null!;

    public async Task InitializeAsync() => _chat = await StartAsync(new ModerationOptions { UserCooldownSeconds = 0 });

    public async Task DisposeAsync()
    {
        await _chat.DisposeAsync();
        _panel.Dispose();
    }

    private Task<ChatPipeline> StartAsync(ModerationOptions moderation) => ChatPipeline.StartAsync(_panel, moderation);

    /// <summary>A Twitch PRIVMSG line from one viewer, with the display name and text given as raw bytes.</summary>
    private static byte[] Privmsg(string id, byte[] displayName, byte[] text) =>
    [
        .. "@display-name="u8, .. displayName, .. Encoding.ASCII.GetBytes($";id={id};user-id=7 :viewer!viewer@viewer.tmi.twitch.tv PRIVMSG {ChatPipeline.Channel} :"),
        .. text, .. "\r\n"u8,
    ];

    private static byte[] Privmsg(string id, string displayName, string text) => Privmsg(id, Encoding.UTF8.GetBytes(displayName), Encoding.UTF8.GetBytes(text));

    private Task SendAsync(byte[] line) => _chat.Chat.SendBytesAsync(line);

    [Fact]
    public async Task InvalidUtf8_IsReplacedWithU_FFFD_ThenLeftOutOfTheSpokenText()
    {
        // "café" in Latin-1 (0xE9 alone is not UTF-8), as a client with the wrong encoding would send it, in the name and the text.
        await SendAsync(Privmsg("m-1", [.. "Caf"u8, 0xE9], [.. "!tts caf"u8, 0xE9, .. " "u8, 0xFF, .. "ok"u8]));

        var item = await _chat.WaitForItemAsync("m-1");

        Assert.Equal("caf ok", item.Text);
        Assert.Equal("Caf\uFFFD", item.Origin!.DisplayName);
        Assert.Equal(0, _chat.Client.Client.Losses.Malformed);
    }

    [Fact]
    public async Task SurrogateEncodedAsUtf8_NeverBecomesALoneSurrogate()
    {
        // CESU-8: the high surrogate U+D800 written as if it were a character; UTF-8 forbids it.
        byte[] surrogate = [0xED, 0xA0, 0x80];
        await SendAsync(Privmsg("m-1", [.. "X"u8, .. surrogate], [.. "!tts half "u8, .. surrogate, .. " done"u8]));

        var item = await _chat.WaitForItemAsync("m-1");

        Assert.Equal("half done", item.Text);
        Assert.StartsWith("X\uFFFD", item.Origin!.DisplayName);
        Assert.DoesNotContain(item.Origin.DisplayName!, char.IsSurrogate);
    }

    [Fact]
    public async Task LoneSurrogatesInAnEvent_AreStrippedFromTheText_AndTheItemSurvivesARestart()
    {
        // No socket carries a lone surrogate (UTF-8 cannot encode one); a YouTube JSON "\ud800" escape can.
        var message = new ChatMessage
        {
            Source = "youtube", Channel = "live-1", SentAt = DateTimeOffset.UnixEpoch, MessageId = "y-1", UserId = "u-1", UserLogin = "viewer",
            DisplayName = "Name\uDC00", Text = "!tts a\uD800b c\uDBFF",
        };

        await _chat.Ingestion.HandleAsync(message, CancellationToken.None);
        var item = await _chat.WaitForItemAsync("y-1");
        await _chat.DisposeAsync();
        _panel.Database.Dispose();
        using var restarted = new PanelFixture(dataDirectory: _panel.DataDirectory);

        Assert.Equal("ab c", item.Text);
        var stored = Assert.Single(restarted.Queue.Snapshot());
        Assert.Equal((item.Id, "ab c"), (stored.Id, stored.Text));
        // The database cannot write a lone surrogate: the name is stored with U+FFFD in its place.
        Assert.Equal(("Name\uFFFD", "Name\uFFFD"), (item.Origin!.DisplayName, stored.Origin!.DisplayName));
    }

    [Theory]
    [InlineData(LimitAction.Trim)]
    [InlineData(LimitAction.Reject)]
    public async Task TenThousandCharacterMessage_IsTrimmedOrRefusedAsModerationOverLimitSays(LimitAction overLimit)
    {
        await _chat.DisposeAsync();
        _chat = await StartAsync(new ModerationOptions { UserCooldownSeconds = 0, OverLimit = overLimit });
        // One word of 10 000 distinct-enough letters: nothing for the repeat collapse or the word limit to shorten first.
        var text = string.Concat(Enumerable.Repeat("abcdefghij", 1_000));

        await SendAsync(Privmsg("long-1", "Viewer", $"!tts {text}"));
        await SendAsync(Privmsg("next-1", "Viewer", "!tts after the long one"));

        await _chat.WaitForItemAsync("next-1");
        var longItem = _panel.Queue.FindUnfinished(i => i.Origin?.MessageId == "long-1");
        if (overLimit == LimitAction.Trim)
            Assert.Equal(text[..300], Assert.Single(longItem).Text);
        else
        {
            Assert.Empty(longItem);
            Assert.Equal(1, _chat.Moderator.Counters[ModerationReason.TooManyCharacters]);
        }
    }

    [Fact]
    public async Task LineOverTheLengthLimit_IsSkippedAndCounted_AndTheNextLineArrives()
    {
        await SendAsync(Privmsg("huge-1", "Viewer", $"!tts {new string('w', 20_000)}"));
        await SendAsync(Privmsg("next-1", "Viewer", "!tts still here"));

        await _chat.WaitForItemAsync("next-1");

        Assert.Empty(_panel.Queue.FindUnfinished(i => i.Origin?.MessageId == "huge-1"));
        Assert.Equal(1, _chat.Client.Client.Losses.Malformed);
    }

    [Fact]
    public async Task HtmlInChatText_IsQueuedAsTheLiteralText()
    {
        await SendAsync(Privmsg("html-1", "<b>Viewer</b>", "!tts <img src=x onerror=alert(1)> <script>alert(2)</script>"));

        var item = await _chat.WaitForItemAsync("html-1");

        Assert.Equal("<img src=x onerror=alert(1)> <script>alert(2)</script>", item.Text);
        Assert.Equal("<b>Viewer</b>", item.Origin!.DisplayName);
    }

    [Fact]
    public async Task UnknownCommands_AreIgnored_NotCountedAsMalformed()
    {
        await _chat.Chat.SendAsync($"FROBNICATE {ChatPipeline.Channel} :what is this");
        await _chat.Chat.SendAsync($"@emote-sets=0 :tmi.twitch.tv USERSTATE {ChatPipeline.Channel}");
        await _chat.Chat.SendAsync(":tmi.twitch.tv 421 justinfan1 WHO :Unknown command");
        await SendAsync(Privmsg("m-1", "Viewer", "!tts after the unknown ones"));

        await _chat.WaitForItemAsync("m-1");

        Assert.Single(_panel.Queue.Snapshot());
        Assert.Equal((0, 0L), (_chat.Client.Client.Losses.Malformed, _chat.Counters.FailedEvents));
    }

    [Fact]
    public async Task ClearMsgForAnUnknownId_RemovesNothing()
    {
        await SendAsync(Privmsg("m-1", "Viewer", "!tts keep me"));
        await _chat.WaitForItemAsync("m-1");

        await _chat.Chat.SendAsync($"@login=viewer;target-msg-id=never-seen :tmi.twitch.tv CLEARMSG {ChatPipeline.Channel} :gone");
        await _chat.Chat.SendAsync($"@login=viewer;target-msg-id= :tmi.twitch.tv CLEARMSG {ChatPipeline.Channel} :gone");
        await SendAsync(Privmsg("m-2", "Viewer", "!tts and me"));
        await _chat.WaitForItemAsync("m-2");

        Assert.Equal(["m-1", "m-2"], _panel.Queue.Snapshot().Where(i => i.State == QueueItemState.Pending).Select(i => i.Origin!.MessageId));
        Assert.Equal((0, 0L), (_chat.Counters.RemovedByModerators, _chat.Counters.FailedEvents));
    }
}
