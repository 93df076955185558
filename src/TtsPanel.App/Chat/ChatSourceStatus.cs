namespace TtsPanel.App.Chat;

/// <summary>A chat source's connection state with a sentence for the dashboard, e.g. <c>Reconnecting in 2.5 s (the server closed the connection)</c>.</summary>
/// <param name="RetryAt">When the next attempt starts, while <see cref="ChatSourceState.Reconnecting"/>; null otherwise.</param>
public sealed record ChatSourceStatus(ChatSourceState State, string Message, DateTimeOffset? RetryAt = null);
