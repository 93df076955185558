using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using TtsPanel.App.History;
using TtsPanel.App.Queue;
using TtsPanel.App.Voices;
using TtsPanel.Web.Hubs;

namespace TtsPanel.Web.Api;

/// <summary>The HTTP API outside tools build on: speak, queue, history and voices. Errors are RFC 7807 problem bodies.</summary>
public static class SpeechApi
{
    private const int DefaultHistoryTake = 50;
    private const int MaxHistoryTake = 1_000;

    public static IEndpointRouteBuilder MapSpeechApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api");
        api.MapPost("/speak", SpeakAsync);
        api.MapGet("/queue", (SynthesisQueue queue) => queue.Snapshot().Select(QueueItemDto.From));
        api.MapGet("/queue/{id:guid}", QueueItem);
        api.MapGet("/queue/refusals", (SynthesisQueue queue) => RefusalCounts(queue.Counters));
        api.MapGet("/history", History);
        api.MapGet("/voices", (VoiceCatalog voices) => voices.Voices.Select(v => new VoiceDto(v.Id, v.Name, v.Engine, v.Language)));
        return endpoints;
    }

    private static async Task<Results<Accepted<SpeakAccepted>, ValidationProblem, ProblemHttpResult>> SpeakAsync(
        HttpRequest request, SpeakService speech, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<SpeakRequest>(request, "{\"text\": \"Hello\"}", cancellationToken);
        if (problem is not null)
            return problem;

        var result = speech.Speak(body!);
        return result switch
        {
            { Item: { } item } => TypedResults.Accepted($"/api/queue/{item.Id}", new SpeakAccepted(item.Id)),
            { Error.Kind: SpeakErrorKind.QueueFull } => TypedResults.Problem(result.Error.Message, statusCode: StatusCodes.Status429TooManyRequests,
                title: "The queue is full."),
            _ => ApiProblems.Invalid(result.Error!.Field, result.Error.Message),
        };
    }

    private static Results<Ok<QueueItemDto>, ProblemHttpResult> QueueItem(Guid id, SynthesisQueue queue) =>
        queue.Find(id) is { } item
            ? TypedResults.Ok(QueueItemDto.From(item))
            : TypedResults.Problem($"The live queue has no item with the id {id}; finished items leave it after a while.",
                statusCode: StatusCodes.Status404NotFound);

    /// <summary>Every reason with its count, zeros included, so a tool sees the same keys every time.</summary>
    private static Dictionary<string, long> RefusalCounts(QueueCounters counters) =>
        Enum.GetValues<QueueRefusal>().ToDictionary(r => JsonNamingPolicy.CamelCase.ConvertName(r.ToString()), r => counters[r]);

    private static Results<Ok<IEnumerable<HistoryDto>>, ValidationProblem> History(HistoryRepository history, int? take)
    {
        var count = take ?? DefaultHistoryTake;
        if (count is < 1 or > MaxHistoryTake)
            return ApiProblems.Invalid("take", $"take must be between 1 and {MaxHistoryTake} (was {count}).");
        return TypedResults.Ok(history.Newest(0, count).Select(HistoryDto.From));
    }
}
