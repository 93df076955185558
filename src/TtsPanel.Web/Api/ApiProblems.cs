using Microsoft.AspNetCore.Http.HttpResults;

namespace TtsPanel.Web.Api;

/// <summary>The one shape of a 400 answer: a validation problem naming the field, with the message also as detail.</summary>
internal static class ApiProblems
{
    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, detail: message);
}
