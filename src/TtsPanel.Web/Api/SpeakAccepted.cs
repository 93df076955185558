namespace TtsPanel.Web.Api;

/// <summary>Answer to an accepted <c>POST /api/speak</c>: the queue item's id.</summary>
public sealed record SpeakAccepted(Guid Id);
