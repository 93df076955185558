using System.Text.Json.Serialization;

namespace TtsPanel.Browser.Tests;

/// <summary>When the overlay scheduled a clip on the audio clock, in seconds.</summary>
public sealed record ClipTiming(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("startAt")] double StartAt,
    [property: JsonPropertyName("endAt")] double EndAt);
