namespace TtsPanel.App.Queue;

/// <summary>Where a chat or webhook message came from, kept with its queue item so moderation can find it again.</summary>
/// <param name="Source">The source's name, e.g. <c>twitch</c>.</param>
/// <param name="Channel">The chat it was sent in, as the source names it (Twitch: <c>#channel</c>).</param>
/// <param name="MessageId">The source's id of the message; null when it gives none (then it cannot be deleted by id).</param>
/// <param name="UserId">The sender's account id; null when the source gives none.</param>
/// <param name="UserLogin">The sender's login, lowercase.</param>
/// <param name="DisplayName">The sender's name as shown in chat.</param>
public sealed record QueueItemOrigin(
    string Source,
    string Channel,
    string? MessageId,
    string? UserId,
    string UserLogin,
    string DisplayName)
{
    /// <summary>
    /// Whether the message was sent by this user of <paramref name="source"/>: by account id when both sides have one
    /// (it survives a rename), by login otherwise.
    /// </summary>
    public bool IsFrom(string source, string? userId, string userLogin) =>
        string.Equals(Source, source, StringComparison.Ordinal)
        && (UserId is not null && userId is not null
            ? string.Equals(UserId, userId, StringComparison.Ordinal)
            : string.Equals(UserLogin, userLogin, StringComparison.OrdinalIgnoreCase));
}
