namespace TtsPanel.Web.Api.Webhook;

/// <summary>Answer to <c>POST /api/messages</c>: the queue item's id, and whether an earlier request with the same key made it.</summary>
public sealed record MessageAccepted(Guid Id, bool Duplicate);
