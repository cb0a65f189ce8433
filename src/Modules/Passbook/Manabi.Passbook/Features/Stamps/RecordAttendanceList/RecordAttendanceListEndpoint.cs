using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Passbook.Features.Stamps.RecordAttendanceList;

internal static class RecordAttendanceListEndpoint
{
    public static RouteHandlerBuilder MapRecordAttendanceList(this IEndpointRouteBuilder group) => group
        .MapPost("/sessions/{sessionId:guid}/attendance", async (Guid sessionId, RecordAttendanceListRequest request, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(request.ToCommand(sessionId, user.PartnerProviderId(), user.Actor()), ct)))
        .WithName("RecordAttendanceList")
        .WithSummary("Stamp an attendance list")
        .WithDescription("After a session, the provider (its own sessions only) or staff send the passbook numbers of those who came. " +
            "Each row is stamped, already stamped, or rejected (a mistyped number, an unknown passbook) without holding up the others. Honours `Idempotency-Key`.")
        .RequireAuthorization(Policies.StaffOrPartner)
        .Idempotent()
        .Produces<BulkAttendanceResult>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesAuthProblems();
}
