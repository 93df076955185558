namespace TtsPanel.Web.Api;

/// <summary>The answer to <c>POST /api/queue/approve-all</c>: how many waiting messages were sent on to be spoken.</summary>
public sealed record ApproveAllResult(int Approved);
