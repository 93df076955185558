namespace TtsPanel.App.Moderation;

/// <summary>The message is to be spoken.</summary>
/// <param name="Text">The cleaned text to speak.</param>
/// <param name="Lane">Its priority in the queue.</param>
/// <param name="Voice">The voice to speak it in; null for the default voice.</param>
public sealed record MessageAccepted(string Text, SpeechLane Lane, string? Voice) : ModerationDecision;
