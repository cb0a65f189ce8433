using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.SchoolCommunityCoordination.Features.Coordinators;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.SchoolCommunityCoordination.Features.Activities.RecordSession;

internal static class RecordSessionEndpoint
{
    public static RouteHandlerBuilder MapRecordSession(this IEndpointRouteBuilder group) => group
        .MapPost("/activities/{id:guid}/sessions", async (Guid id, RecordSessionRequest request, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
        {
            var session = await sender.Send(request.ToCommand(id, Caller.Of(user)), ct);
            return Results.Created($"/api/v1/school-community/activities/{id}/sessions/{session.Id}", session);
        })
        .WithName("RecordSession")
        .WithSummary("Record a session of an activity (coordinator or staff)")
        .WithDescription("A held session counts for 25-3 with its volunteer participations: each registered person once (listing " +
            "someone twice is one participation), plus the unregistered helpers; TalentRegistry records the registered people's " +
            "activity. Unknown people are a 400 naming them. Honours `Idempotency-Key`.")
        .RequireAuthorization(Policies.Coordinator)
        .Idempotent()
        .Produces<CollaborationSessionResponse>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
