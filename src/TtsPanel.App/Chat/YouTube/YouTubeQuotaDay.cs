namespace TtsPanel.App.Chat.YouTube;

/// <summary>The quota units spent on one Pacific-time day.</summary>
public sealed record YouTubeQuotaDay(DateOnly Day, int Spent);
