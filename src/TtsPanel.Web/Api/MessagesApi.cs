using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using TtsPanel.App.Queue;
using TtsPanel.Web.Api.Webhook;

namespace TtsPanel.Web.Api;

/// <summary>
/// The webhook <c>POST /api/messages</c>, for Streamer.bot and scripts: bearer token, rate limit and size checked
/// before the body is read; the message is stored in the queue before the 202 answer.
/// </summary>
public static class MessagesApi
{
    public const string Path = "/api/messages";
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    public static IEndpointRouteBuilder MapMessagesApi(this IEndpointRouteBuilder endpoints)
    {
        // Callers prove themselves with the webhook token, not with the panel's login.
        endpoints.MapPost(Path, PostAsync).AllowAnonymous();
        return endpoints;
    }

    private static async Task<Results<Accepted<MessageAccepted>, Ok<MessageAccepted>, ValidationProblem, ProblemHttpResult>> PostAsync(
        HttpContext context, IOptionsMonitor<WebhookOptions> options, WebhookGate gate, WebhookIntake intake, CancellationToken cancellationToken)
    {
        if (!options.CurrentValue.Enabled)
            return TypedResults.Problem("The webhook is off: switch it on and generate its token in Settings.", statusCode: StatusCodes.Status404NotFound);
        // No body is read before the token is checked: a caller without it costs the panel next to nothing.
        if (!gate.IsAuthorized(context.Request.Headers.Authorization))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return TypedResults.Problem("Send the webhook token as 'Authorization: Bearer <token>'.", statusCode: StatusCodes.Status401Unauthorized,
                title: "Missing or wrong webhook token.");
        }

        if (gate.TryTake() is var wait && wait > TimeSpan.Zero)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return TypedResults.Problem($"More than Webhook:RateLimitMessages requests in Webhook:RateLimitWindowSeconds; try again in {seconds} s.",
                statusCode: StatusCodes.Status429TooManyRequests, title: "Too many webhook requests.");
        }

        var body = context.Request.ContentLength > WebhookOptions.MaxBodyBytes
            ? null
            : await BoundedBody.ReadAsync(context.Request.Body, WebhookOptions.MaxBodyBytes, cancellationToken);
        if (body is null)
            return TypedResults.Problem($"The request body is larger than {WebhookOptions.MaxBodyBytes} bytes.",
                statusCode: StatusCodes.Status413PayloadTooLarge, title: "The request body is too large.");

        var (message, problem) = WebhookMessageReader.Read(body, context.Request.Headers[IdempotencyKeyHeader]);
        if (problem is not null)
            return problem;
        var result = intake.Accept(message!);
        return result switch
        {
            { Item: { } item, IsDuplicate: true } => TypedResults.Ok(new MessageAccepted(item.Id, Duplicate: true)),
            { Item: { } item } => TypedResults.Accepted($"/api/queue/{item.Id}", new MessageAccepted(item.Id, Duplicate: false)),
            { Error.Kind: SpeakErrorKind.QueueFull } => TypedResults.Problem(result.Error.Message,
                statusCode: StatusCodes.Status429TooManyRequests, title: "The queue is full."),
            _ => ApiProblems.Invalid(result.Error!.Field, result.Error.Message),
        };
    }
}
