namespace TtsPanel.App.Moderation;

/// <summary>A chat command the caller should carry out.</summary>
/// <param name="Argument">The voice name for <see cref="ChatCommand.Voice"/>; null for the others.</param>
/// <param name="UserLogin">Who issued it: for <see cref="ChatCommand.Voice"/>, whose voice to set.</param>
public sealed record CommandIssued(ChatCommand Command, string? Argument, string UserLogin) : ModerationDecision;
