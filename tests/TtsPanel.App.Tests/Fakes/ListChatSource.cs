using System.Threading.Channels;
using TtsPanel.App.Chat;

namespace TtsPanel.App.Tests.Fakes;

/// <summary>A chat source whose events are a fixed list, already complete: reading it ends after the last one.</summary>
internal sealed class ListChatSource : IChatSource
{
    private readonly Channel<ChatEvent> _events = Channel.CreateUnbounded<ChatEvent>();

    public ListChatSource(IEnumerable<ChatEvent> events)
    {
        foreach (var chatEvent in events)
            _events.Writer.TryWrite(chatEvent);
        _events.Writer.Complete();
    }

    public string Name => "list";

    public ChannelReader<ChatEvent> Events => _events.Reader;

    public ChatSourceStatus Status { get; } = new(ChatSourceState.Stopped, "A fixed list of events");

    public event Action<ChatSourceStatus>? StatusChanged
    {
        add { }
        remove { }
    }

    public ChatInputLosses Losses { get; } = new();

    public Task RunAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
