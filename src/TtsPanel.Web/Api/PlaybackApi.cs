using Microsoft.AspNetCore.Http.HttpResults;
using TtsPanel.App.Playback;

namespace TtsPanel.Web.Api;

/// <summary>
/// Playback commands for outside tools (a Stream Deck button, a script): the same skip, remove, clear, pause, resume
/// and volume the dashboard offers.
/// </summary>
public static class PlaybackApi
{
    public static IEndpointRouteBuilder MapPlaybackApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api");
        api.MapPost("/playback/skip", SkipAsync);
        api.MapPost("/playback/pause", async (PlaybackCoordinator playback, CancellationToken cancellationToken) =>
        {
            await playback.PauseAsync(cancellationToken);
            return TypedResults.Ok(playback.State);
        });
        api.MapPost("/playback/resume", async (PlaybackCoordinator playback, CancellationToken cancellationToken) =>
        {
            await playback.ResumeAsync(cancellationToken);
            return TypedResults.Ok(playback.State);
        });
        api.MapPut("/playback/volume", SetVolumeAsync);
        api.MapGet("/playback", (PlaybackCoordinator playback) => TypedResults.Ok(playback.State));
        api.MapPost("/queue/clear", async (PlaybackCoordinator playback, CancellationToken cancellationToken) =>
            TypedResults.Ok(new ClearResult(await playback.ClearAsync(cancellationToken))));
        api.MapDelete("/queue/{id:guid}", RemoveAsync);
        return endpoints;
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> SkipAsync(PlaybackCoordinator playback, CancellationToken cancellationToken) =>
        await playback.SkipAsync(cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.Problem("Nothing is playing or ready to skip.", statusCode: StatusCodes.Status409Conflict);

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(Guid id, PlaybackCoordinator playback,
        CancellationToken cancellationToken) =>
        await playback.RemoveAsync(id, cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.Problem($"No unfinished queue item has the id {id}.", statusCode: StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<PlaybackState>, ValidationProblem>> SetVolumeAsync(HttpRequest request,
        PlaybackCoordinator playback, CancellationToken cancellationToken)
    {
        const string example = "{\"volume\": 0.5}";
        var (body, problem) = await JsonBody.ReadAsync<VolumeRequest>(request, example, cancellationToken);
        if (problem is not null)
            return problem;
        if (body!.Volume is not (>= 0 and <= 1))
            return ApiProblems.Invalid("volume", $"volume must be a number from 0 to 1, e.g. {example} (was {body.Volume}).");

        await playback.SetVolumeAsync(body.Volume, cancellationToken);
        return TypedResults.Ok(playback.State);
    }
}
