namespace TtsPanel.App.Queue;

/// <summary>A message someone wants spoken: from the dashboard's text box or <c>POST /api/speak</c>.</summary>
/// <param name="Text">What to say.</param>
/// <param name="Voice">Voice id; null or empty for the default voice.</param>
public sealed record SpeakRequest(string? Text, string? Voice);
