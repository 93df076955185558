using System.Text;
using TtsPanel.App.Chat;
using TtsPanel.App.Moderation;
using TtsPanel.App.Queue;
using TtsPanel.App.Tests.Fakes;

namespace TtsPanel.App.Tests.Chat;

/// <summary>
/// The whole chat path under hostile input: the scripted server writes 100 000 lines, most of them random or hostile
/// bytes, over a real loopback socket to the real <see cref="Chat.Twitch.TwitchChatClient"/>, whose events
/// <see cref="ChatIngestion"/> moderates into the real queue on a LiteDB file. Every 200th line is a well-formed
/// <c>!tts</c> message; those must all reach the queue, in order, once each, while the client stays connected.
/// </summary>
public sealed class ChatIngestionFuzzTests : IDisposable
{
    private const int LineCount = 100_000;
    private const int GoodEvery = 200;
    private const string Channel = ChatPipeline.Channel;

    private readonly PanelFixture _panel = new(new QueueOptions { MaxItems = 10_000 });

    public void Dispose() => _panel.Dispose();

    [Fact]
    public async Task HostileStream_NothingEscapes_AndEveryWellFormedTtsLineIsQueuedOnceInOrder()
    {
        var stream = HostileStream.Generate(new Random(4), LineCount, GoodEvery);
        // Throttles off: this test is about what survives the input, not about the limits (the flood test covers those).
        // Room for every event the stream can produce, so a slow disk cannot turn into a (counted) drop here.
        await using var chat = await ChatPipeline.StartAsync(_panel, new ModerationOptions
        {
            UserCooldownSeconds = 0, DuplicateWindowSeconds = 0, MaxPendingPerUser = 10_000, RateLimitMessages = 1_000_000,
        }, eventBufferCapacity: LineCount);

        foreach (var chunk in stream.Chunks(64 * 1024))
            await chat.Chat.SendBytesAsync(chunk);
        await chat.WaitForItemAsync(stream.GoodIds[^1]);
        await chat.StopAsync();

        var queued = _panel.Queue.Snapshot().Where(i => i.Origin?.MessageId?.StartsWith(HostileStream.GoodIdPrefix, StringComparison.Ordinal) == true)
            .OrderBy(i => i.Sequence).ToList();
        Assert.Equal(stream.GoodIds, queued.Select(i => i.Origin!.MessageId));
        Assert.Equal(stream.GoodTexts, queued.Select(i => i.Text));
        Assert.Equal(0, chat.Counters.FailedEvents);
        var client = chat.Client;
        Assert.Equal(0, client.Client.Losses.Dropped);
        Assert.InRange(client.Client.Losses.Malformed, stream.KnownMalformed, LineCount - stream.GoodIds.Count);
        Assert.Equal(ChatSourceState.Connected, client.Client.Status.State);
        Assert.DoesNotContain(client.Statuses, s => s.State is ChatSourceState.Reconnecting or ChatSourceState.Failed);
    }

    /// <summary>
    /// The bytes the server writes: well-formed <c>!tts</c> lines at fixed places, hostile lines of thirteen kinds
    /// between them, each line ended by CR LF (the hostile kinds put their own CR, LF-free, in the middle).
    /// </summary>
    private sealed class HostileStream
    {
        public const string GoodIdPrefix = "ok-";

        private readonly MemoryStream _bytes = new();

        public List<string> GoodIds { get; } = [];

        public List<string> GoodTexts { get; } = [];

        /// <summary>Hostile lines the parser must refuse whatever else it does (too long, NUL or CR inside, empty, tags only).</summary>
        public int KnownMalformed { get; private set; }

        public static HostileStream Generate(Random random, int lineCount, int goodEvery)
        {
            var stream = new HostileStream();
            for (var i = 0; i < lineCount; i++)
            {
                if (i % goodEvery == goodEvery - 1)
                    stream.AddGood(i);
                else
                    stream.AddHostile(random, i);
            }

            return stream;
        }

        public IEnumerable<byte[]> Chunks(int size)
        {
            var all = _bytes.ToArray();
            for (var offset = 0; offset < all.Length; offset += size)
                yield return all.AsSpan(offset, Math.Min(size, all.Length - offset)).ToArray();
        }

        private void AddGood(int index)
        {
            var id = $"{GoodIdPrefix}{index}";
            var user = $"viewer{index % 7}";
            var text = $"message number {index} from {user}";
            GoodIds.Add(id);
            GoodTexts.Add(text);
            // Escaped tag values (\s is a space) in every good line, so unescaping is part of the path that must work.
            Line($@"@badges=;display-name=Viewer\s{index % 7};id={id};room-id=1;tmi-sent-ts=1764000000000;user-id={index % 7} " +
                $":{user}!{user}@{user}.tmi.twitch.tv PRIVMSG {Channel} :!tts {text}");
        }

        private void AddHostile(Random random, int index)
        {
            switch (random.Next(13))
            {
                case 0: // longer than IrcLineBuffer.MaxLineBytes
                    Line($"@id=long-{index};x={new string('x', 20_000)} :u!u@u PRIVMSG {Channel} :!tts never spoken");
                    KnownMalformed++;
                    break;
                case 1: // broken tags: empty keys, missing values, stray separators
                    Line($"@;;=;a=;=b;;id;display-name :u!u@u PRIVMSG {Channel} :{Word(random)}");
                    break;
                case 2: // bad escapes: unknown escape, trailing backslash in a tag value and in the text
                    Line($@"@display-name=\q\;id=esc-{index};login=\ :u!u@u PRIVMSG {Channel} :{Word(random)}\");
                    break;
                case 3:
                    Line($"PRIVMSG {Channel} :nul\0inside");
                    KnownMalformed++;
                    break;
                case 4:
                    Line($"@id=cr-{index} :u!u@u PRIVMSG {Channel} :cr\rinside");
                    KnownMalformed++;
                    break;
                case 5: // invalid UTF-8: lone continuation bytes, a truncated sequence, an overlong encoding, 0xFF
                    Raw([.. Encoding.ASCII.GetBytes($"@id=utf-{index} :u!u@u PRIVMSG {Channel} :bad "), 0x80, 0xBF, 0xE2, 0x82, 0xC0, 0xAF, 0xFF, 0x20, 0x6F, 0x6B]);
                    break;
                case 6: // a surrogate encoded as UTF-8 (CESU-8), in a tag and in the text
                    Raw([.. Encoding.ASCII.GetBytes($"@id=sur-{index};display-name="), 0xED, 0xA0, 0x80,
                        .. Encoding.ASCII.GetBytes($" :u!u@u PRIVMSG {Channel} :half "), 0xED, 0xB0, 0x80]);
                    break;
                case 7: // one huge tag value that still fits the line limit
                    Line($"@id=huge-{index};display-name={new string('D', 12_000)} :u!u@u PRIVMSG {Channel} :{Word(random)}");
                    break;
                case 8:
                    Line(random.Next(3) switch
                    {
                        0 => $"FROBNICATE {Channel} :{Word(random)}",
                        1 => $":tmi.twitch.tv 999 * :{Word(random)}",
                        _ => $"@msg-id=whatever :tmi.twitch.tv HOSTTARGET {Channel} :-",
                    });
                    break;
                case 9:
                    Line(random.Next(2) == 0 ? "" : "@tags=only");
                    KnownMalformed++;
                    break;
                case 10: // a deletion of a message the panel never saw
                    Line($"@login=u;target-msg-id=unknown-{index} :tmi.twitch.tv CLEARMSG {Channel} :gone");
                    break;
                case 11: // random bytes, anything but a line feed
                    var bytes = new byte[random.Next(0, 300)];
                    random.NextBytes(bytes);
                    Raw([.. bytes.Select(b => b == (byte)'\n' ? (byte)'?' : b)]);
                    break;
                default: // a PRIVMSG nobody asked to be spoken, with random printable text
                    Line($"@id=chat-{index} :u!u@u PRIVMSG {Channel} :{Word(random)} {Word(random)}");
                    break;
            }
        }

        private static string Word(Random random) =>
            new(Enumerable.Range(0, random.Next(1, 12)).Select(_ => (char)random.Next(0x21, 0x7F)).ToArray());

        private void Line(string line) => Raw(Encoding.UTF8.GetBytes(line));

        private void Raw(byte[] line)
        {
            _bytes.Write(line);
            _bytes.Write("\r\n"u8);
        }
    }
}
