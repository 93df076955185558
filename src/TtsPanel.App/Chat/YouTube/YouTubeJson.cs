using System.Globalization;
using System.Text.Json;

namespace TtsPanel.App.Chat.YouTube;

/// <summary>
/// Reads optional fields from the API's JSON without trusting its shape: a missing field, or one of another type than
/// documented, reads as null. Google writes 64-bit integers (<c>amountMicros</c>, <c>banDurationSeconds</c>) as strings,
/// so numbers are read from either form.
/// </summary>
internal static class YouTubeJson
{
    /// <summary>The value at <paramref name="path"/> below <paramref name="element"/>, or null when any step is missing or not an object.</summary>
    public static JsonElement? At(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
                return null;
        }

        return element;
    }

    public static string? String(JsonElement element, params string[] path) =>
        At(element, path) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    public static bool Bool(JsonElement element, params string[] path) =>
        At(element, path) is { ValueKind: JsonValueKind.True };

    public static long? Long(JsonElement element, params string[] path) => At(element, path) switch
    {
        { ValueKind: JsonValueKind.Number } number when number.TryGetInt64(out var value) => value,
        { ValueKind: JsonValueKind.String } text when long.TryParse(text.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) => value,
        _ => null,
    };

    public static DateTimeOffset? Time(JsonElement element, params string[] path) =>
        String(element, path) is { } text
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : null;
}
