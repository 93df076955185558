using System.Threading.Channels;
using TtsPanel.App.Chat;

namespace TtsPanel.Web.Tests.Components;

/// <summary>A chat source whose status a test sets; it never connects anywhere.</summary>
internal sealed class FakeChatSource(string name) : IChatSource
{
    private readonly Channel<ChatEvent> _events = Channel.CreateUnbounded<ChatEvent>();

    public string Name => name;

    public ChannelReader<ChatEvent> Events => _events.Reader;

    public ChatSourceStatus Status { get; private set; } = new(ChatSourceState.Stopped, "Not started");

    public event Action<ChatSourceStatus>? StatusChanged;

    public ChatInputLosses Losses { get; } = new();

    /// <summary>Changes the status and raises <see cref="StatusChanged"/> on a thread-pool thread, as a real source's loop does.</summary>
    public Task SetStatusAsync(ChatSourceStatus status) => Task.Run(() =>
    {
        Status = status;
        StatusChanged?.Invoke(status);
    });

    public Task RunAsync(CancellationToken cancellationToken) => Task.Delay(Timeout.Infinite, cancellationToken);
}
