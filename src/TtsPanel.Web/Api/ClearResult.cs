namespace TtsPanel.Web.Api;

/// <summary>Answer to <c>POST /api/queue/clear</c>: how many unfinished items were removed.</summary>
public sealed record ClearResult(int Removed);
