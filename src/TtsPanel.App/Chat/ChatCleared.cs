namespace TtsPanel.App.Chat;

/// <summary>A moderator cleared the whole chat (Twitch <c>CLEARCHAT</c> without a user).</summary>
public sealed record ChatCleared : ChatEvent;
