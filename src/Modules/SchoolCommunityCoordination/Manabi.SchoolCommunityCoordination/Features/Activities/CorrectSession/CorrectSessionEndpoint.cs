using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.SchoolCommunityCoordination.Features.Coordinators;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.SchoolCommunityCoordination.Features.Activities.CorrectSession;

internal static class CorrectSessionEndpoint
{
    public static RouteHandlerBuilder MapCorrectSession(this IEndpointRouteBuilder group) => group
        .MapPut("/activities/{id:guid}/sessions/{sessionId:guid}",
            async (Guid id, Guid sessionId, CorrectSessionRequest request, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(request.ToCommand(id, sessionId, Caller.Of(user)), ct)))
        .WithName("CorrectSession")
        .WithSummary("Correct a session (coordinator or staff)")
        .WithDescription("Held, cancelled, other children or volunteers: the correction replaces what was recorded, and coverage and " +
            "TalentRegistry's activity records follow (a volunteer taken off, or a cancelled session, no longer counts).")
        .RequireAuthorization(Policies.Coordinator)
        .Produces<CollaborationSessionResponse>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
