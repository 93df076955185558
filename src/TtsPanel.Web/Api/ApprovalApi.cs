using Microsoft.AspNetCore.Http.HttpResults;
using TtsPanel.App.Chat;
using TtsPanel.App.Queue;

namespace TtsPanel.Web.Api;

/// <summary>Approval mode and chat for outside tools: the same approve / reject / approve-all the dashboard offers, and each chat source's status.</summary>
public static class ApprovalApi
{
    public static IEndpointRouteBuilder MapApprovalApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api");
        api.MapPost("/queue/{id:guid}/approve", (Guid id, ApprovalService approval) => Decide(id, approval.Approve(id)));
        api.MapPost("/queue/{id:guid}/reject", (Guid id, ApprovalService approval) => Decide(id, approval.Reject(id)));
        api.MapPost("/queue/approve-all", (ApprovalService approval) => TypedResults.Ok(new ApproveAllResult(approval.ApproveAll())));
        api.MapGet("/chat/sources", (IEnumerable<IChatSource> sources) => sources.Select(ChatSourceDto.From));
        return endpoints;
    }

    private static Results<NoContent, ProblemHttpResult> Decide(Guid id, bool done) =>
        done
            ? TypedResults.NoContent()
            : TypedResults.Problem($"No queue item with the id {id} is waiting for approval.", statusCode: StatusCodes.Status404NotFound);
}
