using System.Text.Json;

namespace TtsPanel.App.Chat.YouTube;

/// <summary>One answer of <c>liveChatMessages.list</c>: the chat items (oldest first) and how to ask for the next ones.</summary>
/// <param name="Items">The <c>liveChatMessage</c> resources, detached from the parsed document.</param>
/// <param name="NextPageToken">The <c>pageToken</c> for the next request; null when YouTube gave none.</param>
/// <param name="PollingInterval">YouTube's <c>pollingIntervalMillis</c>: how long to wait before the next request; null when absent.</param>
/// <param name="OfflineAt">When the chat went offline (<c>offlineAt</c>); null while it is live.</param>
internal sealed record YouTubeMessagePage(
    IReadOnlyList<JsonElement> Items, string? NextPageToken, TimeSpan? PollingInterval, DateTimeOffset? OfflineAt);
