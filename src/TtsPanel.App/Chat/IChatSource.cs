using System.Threading.Channels;

namespace TtsPanel.App.Chat;

/// <summary>
/// A live chat the panel reads: Twitch, YouTube, … . A hosted service calls <see cref="RunAsync"/> once and reads
/// <see cref="Events"/> alongside; the dashboard shows <see cref="Status"/>.
/// </summary>
public interface IChatSource
{
    /// <summary>The source's name as stored with the messages it brings, e.g. <c>twitch</c>.</summary>
    string Name { get; }

    /// <summary>Chat events in arrival order; completed once <see cref="RunAsync"/> returns.</summary>
    ChannelReader<ChatEvent> Events { get; }

    /// <summary>The connection's state now.</summary>
    ChatSourceStatus Status { get; }

    /// <summary>Raised on every change of <see cref="Status"/>, on the source's own thread.</summary>
    event Action<ChatSourceStatus>? StatusChanged;

    /// <summary>Input skipped as malformed and events dropped in a flood, since the source was made.</summary>
    ChatInputLosses Losses { get; }

    /// <summary>Reads the chat until <paramref name="cancellationToken"/> is cancelled or the source stops for good (<see cref="Status"/> says why).</summary>
    Task RunAsync(CancellationToken cancellationToken);
}
