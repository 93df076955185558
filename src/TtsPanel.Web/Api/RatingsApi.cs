using Microsoft.AspNetCore.Http.HttpResults;
using TtsPanel.App.History;
using TtsPanel.App.Tracker;

namespace TtsPanel.Web.Api;

/// <summary>Quality ratings of synthesis records, their kept clips, the mean rating of a configuration (for Compare) and the ratings as CSV.</summary>
public static class RatingsApi
{
    public static IEndpointRouteBuilder MapRatingsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api");
        api.MapPut("/history/{id:guid}/rating", RateAsync);
        api.MapGet("/history/{id:guid}/rating", Rating);
        api.MapGet("/history/{id:guid}/clip", Clip);
        api.MapGet("/ratings/summary", Summary);
        api.MapGet("/ratings.csv", RatingsCsv);
        return endpoints;
    }

    private static async Task<Results<Ok<RatingDto>, ValidationProblem, ProblemHttpResult>> RateAsync(
        Guid id, HttpRequest request, RatingService ratings, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<RatingRequest>(request, "{\"score\": 4, \"note\": \"clear\"}", cancellationToken);
        if (problem is not null)
            return problem;
        if (body!.Score is not { } score)
            return ApiProblems.Invalid("score", "score is required: a whole number from 1 to 5, e.g. {\"score\": 4}.");

        var outcome = ratings.Rate(id, score, body.Note);
        return outcome switch
        {
            { Rating: { } rating } => TypedResults.Ok(RatingDto.From(rating)),
            { Error.Kind: RatingErrorKind.UnknownRecord } => TypedResults.Problem(outcome.Error.Message, statusCode: StatusCodes.Status404NotFound),
            _ => ApiProblems.Invalid(outcome.Error!.Field, outcome.Error.Message),
        };
    }

    private static Results<Ok<RatingDto>, ProblemHttpResult> Rating(Guid id, RatingRepository ratings) =>
        ratings.Find(id) is { } rating
            ? TypedResults.Ok(RatingDto.From(rating))
            : TypedResults.Problem($"The record {id} has no rating.", statusCode: StatusCodes.Status404NotFound);

    private static Results<FileContentHttpResult, ProblemHttpResult> Clip(Guid id, ClipStore clips) =>
        clips.Read(id) is { } wav
            ? TypedResults.File(wav, "audio/wav", $"{id}.wav")
            : TypedResults.Problem($"No clip is kept for the record {id}; Ratings:MaxClips and Ratings:MaxClipAgeDays limit how many are.",
                statusCode: StatusCodes.Status404NotFound);

    private static Results<Ok<RatingSummary>, ValidationProblem, ProblemHttpResult> Summary(
        string? configuration, HistoryRepository history, RatingRepository ratings)
    {
        if (string.IsNullOrWhiteSpace(configuration))
            return ApiProblems.Invalid("configuration", "configuration is required: a configuration id, e.g. ?configuration=3f2a9c01b7de.");
        return history.FindConfiguration(configuration) is null
            ? TypedResults.Problem($"No configuration has the id '{configuration}'.", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(ratings.Summarize(configuration));
    }

    /// <summary>
    /// Every rating given in the window, of one configuration when <c>configuration</c> is set, as CSV
    /// (<see cref="RatingCsv"/>), newest first; <c>since</c> and <c>until</c> are ISO 8601 times (UTC unless they carry
    /// an offset).
    /// </summary>
    private static Results<PushStreamHttpResult, ValidationProblem> RatingsCsv(RatingRepository ratings, DateTimeOffset? since,
        DateTimeOffset? until, string? configuration)
    {
        if (since is { } from && until is { } to && to <= from)
            return ApiProblems.Invalid("until", $"until ({to:O}) must be later than since ({from:O}).");
        var matching = ratings.Matching(string.IsNullOrWhiteSpace(configuration) ? null : configuration, since?.UtcDateTime, until?.UtcDateTime);
        return CsvDownload.Of(matching, RatingCsv.WriteHeader, RatingCsv.WriteRow, "ratings.csv");
    }
}
