using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.SchoolCommunityCoordination.Features.Coordinators;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.SchoolCommunityCoordination.Features.Activities.PlanActivity;

internal static class PlanActivityEndpoint
{
    public static RouteHandlerBuilder MapPlanActivity(this IEndpointRouteBuilder group) => group
        .MapPost("/activities", async (PlanActivityRequest request, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
        {
            var activity = await sender.Send(request.ToCommand(Caller.Of(user)), ct);
            return Results.Created($"/api/v1/school-community/activities/{activity.Id}", activity);
        })
        .WithName("PlanActivity")
        .WithSummary("Plan a collaborative activity (coordinator or staff)")
        .WithDescription("A coordinator plans only in the districts of their running commissions (another district is 404); staff anywhere. " +
            "The schools must be the district's (400 on `schoolIds`). Honours `Idempotency-Key`.")
        .RequireAuthorization(Policies.Coordinator)
        .Idempotent()
        .Produces<CollaborativeActivityResponse>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
