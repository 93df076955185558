namespace TtsPanel.Web.Api;

/// <summary>The body of <c>PUT /api/history/{id}/rating</c>: a score 1–5 and an optional note.</summary>
public sealed record RatingRequest(int? Score, string? Note);
