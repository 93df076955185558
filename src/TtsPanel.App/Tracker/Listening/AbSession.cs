namespace TtsPanel.App.Tracker.Listening;

/// <summary>One blind pair: the same sentence in the same voice under two configurations, in random order as A and B.</summary>
/// <param name="Id">Identifies the pair so it is voted on once.</param>
/// <param name="Text">The sentence both clips say.</param>
/// <param name="VoiceId">Engine-qualified voice id.</param>
/// <param name="A">The clip played first.</param>
/// <param name="B">The clip played second.</param>
public sealed record AbSession(Guid Id, string Text, string VoiceId, AbClip A, AbClip B);
