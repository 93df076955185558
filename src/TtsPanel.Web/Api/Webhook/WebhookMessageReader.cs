using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.HttpResults;
using TtsPanel.App.Moderation;

namespace TtsPanel.Web.Api.Webhook;

/// <summary>
/// Reads a webhook body into a <see cref="WebhookMessage"/>, or the 400 problem naming the field at fault. Property
/// names match in any case; properties it does not know are ignored, as tools add their own.
/// </summary>
internal static class WebhookMessageReader
{
    public const string Example = "{\"user\": \"viewer\", \"text\": \"Hello\", \"priority\": \"ordinary\"}";
    public const int MaxUserLength = 100;
    public const int MaxKeyLength = 200;
    private const string DefaultUser = "webhook";
    private static readonly string[] Fields = ["user", "text", "priority", "voice", "idempotencyKey"];

    /// <summary>Reads <paramref name="body"/>; <paramref name="keyHeader"/> is the <c>Idempotency-Key</c> header, if sent.</summary>
    public static (WebhookMessage? Message, ValidationProblem? Problem) Read(byte[] body, string? keyHeader)
    {
        // Checked first so invalid bytes are named as such, not as a JSON syntax error somewhere after them.
        if (!Utf8.IsValid(body))
            return Fail("body", "The request body is not valid UTF-8.");
        Dictionary<string, string> values;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return Fail("body", $"The request body must be a JSON object such as {Example}.");
            var (read, problem) = ReadStrings(document.RootElement);
            if (problem is not null)
                return (null, problem);
            values = read!;
        }
        catch (JsonException e)
        {
            return Fail("body", $"The request body is not valid JSON: {e.Message}");
        }

        if (ReadLane(values.GetValueOrDefault("priority")) is not { } lane)
            return Fail("priority", $"priority must be one of {string.Join(", ", LaneNames())} (was '{values["priority"]}').");
        var (key, keyProblem) = ReadKey(values.GetValueOrDefault("idempotencyKey"), string.IsNullOrEmpty(keyHeader) ? null : keyHeader);
        if (keyProblem is not null)
            return (null, keyProblem);

        var user = TextCleaner.CollapseWhitespace(TextCleaner.StripInvisible(values.GetValueOrDefault("user") ?? ""));
        if (TextLimits.CountCharacters(user) > MaxUserLength)
            return Fail("user", $"user is {TextLimits.CountCharacters(user)} characters long; the limit is {MaxUserLength}.");
        var voice = values.GetValueOrDefault("voice");
        return (new WebhookMessage(user.Length == 0 ? DefaultUser : user, values.GetValueOrDefault("text"), lane,
            string.IsNullOrWhiteSpace(voice) ? null : voice, key), null);
    }

    /// <summary>The known fields that hold a string; null values count as absent.</summary>
    private static (Dictionary<string, string>? Values, ValidationProblem? Problem) ReadStrings(JsonElement root)
    {
        var values = new Dictionary<string, string>();
        foreach (var property in root.EnumerateObject())
        {
            var field = Array.Find(Fields, f => string.Equals(f, property.Name, StringComparison.OrdinalIgnoreCase));
            if (field is null || property.Value.ValueKind == JsonValueKind.Null)
                continue;
            if (property.Value.ValueKind != JsonValueKind.String)
                return (null, ApiProblems.Invalid(field, $"{field} must be a JSON string (was {property.Value.ValueKind.ToString().ToLowerInvariant()})."));
            try
            {
                values[field] = property.Value.GetString()!;
            }
            catch (InvalidOperationException)
            {
                // The reader refuses an escaped lone surrogate ("\ud800") when it turns the value into a .NET string.
                return (null, ApiProblems.Invalid(field, $"{field} contains an unpaired surrogate; text must be valid Unicode."));
            }
        }

        return (values, null);
    }

    /// <summary>The lane a priority names (any case); null for a name that is not a lane.</summary>
    private static SpeechLane? ReadLane(string? priority)
    {
        if (string.IsNullOrWhiteSpace(priority))
            return SpeechLane.Ordinary;
        // Enum.TryParse also takes numbers, even undefined ones; only the names are part of the API.
        return priority.Trim().All(char.IsAsciiLetter) && Enum.TryParse<SpeechLane>(priority.Trim(), ignoreCase: true, out var lane)
            ? lane
            : null;
    }

    private static IEnumerable<string> LaneNames() =>
        Enum.GetNames<SpeechLane>().Select(JsonNamingPolicy.CamelCase.ConvertName);

    private static (string? Key, ValidationProblem? Problem) ReadKey(string? fromBody, string? fromHeader)
    {
        if (fromBody is not null && fromHeader is not null && fromBody != fromHeader)
            return (null, ApiProblems.Invalid("idempotencyKey", "idempotencyKey differs from the Idempotency-Key header; send one of them, or the same key in both."));
        var key = fromBody ?? fromHeader;
        if (key is null)
            return (null, null);
        if (string.IsNullOrWhiteSpace(key) || key.Length > MaxKeyLength || key.Any(char.IsControl))
            return (null, ApiProblems.Invalid("idempotencyKey", $"idempotencyKey must be 1 to {MaxKeyLength} characters without control characters."));
        return (key, null);
    }

    private static (WebhookMessage?, ValidationProblem?) Fail(string field, string message) => (null, ApiProblems.Invalid(field, message));
}
