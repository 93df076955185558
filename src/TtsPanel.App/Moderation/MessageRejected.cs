namespace TtsPanel.App.Moderation;

/// <summary>The message was meant for the panel and a rule refused it.</summary>
/// <param name="Message">A sentence for the streamer's dashboard; never repeats a banned word.</param>
public sealed record MessageRejected(ModerationReason Reason, string Message) : ModerationDecision;
