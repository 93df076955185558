using Microsoft.AspNetCore.Http.HttpResults;
using TtsPanel.App.History;
using TtsPanel.App.Tracker;

namespace TtsPanel.Web.Api;

/// <summary>The optimisation tracker over HTTP: records (one, or all as CSV), configurations and benchmark runs.</summary>
public static class TrackerApi
{
    /// <summary>Records read from the database per step while the CSV streams, so an export of millions stays in bounded memory.</summary>
    private const int CsvPageSize = 5_000;

    private const int RunsListed = 100;

    public static IEndpointRouteBuilder MapTrackerApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api");
        api.MapGet("/records.csv", RecordsCsv);
        api.MapGet("/records/{id:guid}", Record);
        api.MapGet("/configurations", (HistoryRepository history) => history.Configurations());
        api.MapGet("/runs", (RunRepository runs) => runs.Newest(RunsListed).Select(RunDto.From));
        api.MapGet("/runs/{id:guid}", Run);
        return endpoints;
    }

    /// <summary>
    /// Every record matching the filters as CSV (<see cref="RecordCsv"/>), newest first; <c>since</c> and <c>until</c>
    /// are ISO 8601 times (UTC unless they carry an offset).
    /// </summary>
    private static Results<PushStreamHttpResult, ValidationProblem> RecordsCsv(HistoryRepository history, DateTimeOffset? since,
        DateTimeOffset? until, string? voice, string? engine, string? configuration, Guid? run)
    {
        if (since is { } from && until is { } to && to <= from)
            return ApiProblems.Invalid("until", $"until ({to:O}) must be later than since ({from:O}).");
        var filter = new RecordFilter(since?.UtcDateTime, until?.UtcDateTime, Empty(voice), Empty(engine), Empty(configuration), run);
        return CsvDownload.Of(Pages(history, filter), RecordCsv.WriteHeader, RecordCsv.WriteRow, "records.csv");
    }

    private static IEnumerable<SynthesisRecord> Pages(HistoryRepository history, RecordFilter filter)
    {
        for (var skip = 0; ; skip += CsvPageSize)
        {
            var page = history.Newest(filter, skip, CsvPageSize);
            foreach (var record in page)
                yield return record;
            if (page.Count < CsvPageSize)
                yield break;
        }
    }

    private static Results<Ok<SynthesisRecord>, ProblemHttpResult> Record(Guid id, HistoryRepository history) =>
        history.Find(id) is { } record
            ? TypedResults.Ok(record)
            : TypedResults.Problem($"There is no synthesis record with the id {id}.", statusCode: StatusCodes.Status404NotFound);

    private static Results<Ok<RunDto>, ProblemHttpResult> Run(Guid id, RunRepository runs) =>
        runs.Find(id) is { } run
            ? TypedResults.Ok(RunDto.From(run))
            : TypedResults.Problem($"There is no benchmark run with the id {id}.", statusCode: StatusCodes.Status404NotFound);

    private static string? Empty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
