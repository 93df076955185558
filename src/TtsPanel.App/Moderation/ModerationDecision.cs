namespace TtsPanel.App.Moderation;

/// <summary>
/// What to do with one chat message: <see cref="MessageAccepted"/>, <see cref="MessageIgnored"/>,
/// <see cref="MessageRejected"/> or <see cref="CommandIssued"/>.
/// </summary>
public abstract record ModerationDecision;
