namespace TtsPanel.App.Chat.YouTube;

/// <summary>What <c>videos.list?part=liveStreamingDetails</c> says of one video.</summary>
/// <param name="Found">False when YouTube returned no video with that id.</param>
/// <param name="IsLiveStream">True when the video has <c>liveStreamingDetails</c> (a live stream, upcoming, live or past).</param>
/// <param name="ActiveLiveChatId">The chat to read, present while the stream's chat is live.</param>
/// <param name="EndedAt">The stream's <c>actualEndTime</c>; null while it has not ended.</param>
internal sealed record YouTubeLiveDetails(bool Found, bool IsLiveStream, string? ActiveLiveChatId, DateTimeOffset? EndedAt);
