using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace TtsPanel.Web.Api;

/// <summary>
/// Reads a JSON request body ourselves, so a malformed or empty one gets a problem body saying what is wrong rather
/// than the framework's bare 400.
/// </summary>
internal static class JsonBody
{
    /// <summary>The body as <typeparamref name="T"/>, or the problem to answer with; <paramref name="example"/> shows a valid body.</summary>
    public static async Task<(T? Value, ValidationProblem? Problem)> ReadAsync<T>(HttpRequest request, string example,
        CancellationToken cancellationToken) where T : class
    {
        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, options, cancellationToken);
            return value is null
                ? (null, ApiProblems.Invalid("body", $"The request body must be a JSON object such as {example}."))
                : (value, null);
        }
        catch (JsonException e)
        {
            return (null, ApiProblems.Invalid("body", $"The request body is not valid JSON: {e.Message}"));
        }
    }
}
