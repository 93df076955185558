using TtsPanel.App.Chat;

namespace TtsPanel.Web.Api;

/// <summary>A chat source's connection as <c>GET /api/chat/sources</c> reports it.</summary>
/// <param name="RetryAt">When the next connection attempt starts, while reconnecting; null otherwise.</param>
/// <param name="Malformed">Lines or answers skipped as malformed since the panel started.</param>
/// <param name="Dropped">Events dropped since the panel started because the source's buffer was full.</param>
public sealed record ChatSourceDto(string Name, ChatSourceState State, string Message, DateTimeOffset? RetryAt, long Malformed, long Dropped)
{
    public static ChatSourceDto From(IChatSource source) => new(
        source.Name, source.Status.State, source.Status.Message, source.Status.RetryAt, source.Losses.Malformed, source.Losses.Dropped);
}
