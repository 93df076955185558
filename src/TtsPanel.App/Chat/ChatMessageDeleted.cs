namespace TtsPanel.App.Chat;

/// <summary>A moderator deleted one message (Twitch <c>CLEARMSG</c>).</summary>
public sealed record ChatMessageDeleted : ChatEvent
{
    /// <summary>The <see cref="ChatMessage.MessageId"/> of the deleted message.</summary>
    public required string MessageId { get; init; }

    /// <summary>Login of the message's sender; null when the source does not say.</summary>
    public string? UserLogin { get; init; }
}
