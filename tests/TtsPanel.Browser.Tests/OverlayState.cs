using System.Text.Json.Serialization;

namespace TtsPanel.Browser.Tests;

/// <summary>What the overlay page's test hook, <c>window.ttsOverlay.state</c>, reports.</summary>
public sealed record OverlayState(
    [property: JsonPropertyName("connected")] bool Connected,
    [property: JsonPropertyName("paused")] bool Paused,
    [property: JsonPropertyName("contextState")] string ContextState,
    [property: JsonPropertyName("playing")] string? Playing,
    [property: JsonPropertyName("queued")] string[] Queued,
    [property: JsonPropertyName("linedUp")] string[] LinedUp,
    [property: JsonPropertyName("started")] string[] Started,
    [property: JsonPropertyName("finished")] string[] Finished,
    [property: JsonPropertyName("cancelled")] string[] Cancelled,
    [property: JsonPropertyName("timeline")] ClipTiming[] Timeline);
