using TtsPanel.App.Chat;

namespace TtsPanel.Web.Api;

/// <summary>A chat source's connection as <c>GET /api/chat/sources</c> reports it.</summary>
/// <param name="RetryAt">When the next connection attempt starts, while reconnecting; null otherwise.</param>
public sealed record ChatSourceDto(string Name, ChatSourceState State, string Message, DateTimeOffset? RetryAt);
