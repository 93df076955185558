namespace TtsPanel.App.Chat.Twitch;

/// <summary>Why a connection ended: a reason to reconnect, or a refused login that must not be retried.</summary>
internal readonly record struct TwitchSessionEnd(string Reason, bool LoginRefused = false);
