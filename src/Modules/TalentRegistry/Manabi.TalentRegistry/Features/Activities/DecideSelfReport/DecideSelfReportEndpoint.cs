using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.Activities.DecideSelfReport;

internal static class DecideSelfReportEndpoint
{
    public static RouteHandlerBuilder MapDecideSelfReport(this IEndpointRouteBuilder group) => group
        .MapPost("/activity-reports/{id:guid}/decision", async (Guid id, DecideSelfReportRequest request, ClaimsPrincipal user, ISender sender,
                CancellationToken ct) =>
            Results.Ok(await sender.Send(request.ToCommand(id, user.Actor()), ct)))
        .WithName("DecideSelfReport")
        .WithSummary("Approve or reject a person's own activity report (staff)")
        .WithDescription("Approving records the activity (once per occurrence, as any record); rejecting needs a reason. A second decision is 422.")
        .RequireAuthorization(Policies.Staff)
        .Idempotent()
        .Produces<SelfReportResponse>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesAuthProblems();
}
