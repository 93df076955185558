namespace TtsPanel.App.Moderation;

/// <summary>The message was not meant for the panel (no trigger, a bot, another command).</summary>
/// <param name="Message">A sentence for the streamer's dashboard.</param>
public sealed record MessageIgnored(ModerationReason Reason, string Message) : ModerationDecision;
