using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.SchoolCommunityCoordination.Features.Coordinators.CommissionCoordinator;

internal static class CommissionCoordinatorEndpoint
{
    public static RouteHandlerBuilder MapCommissionCoordinator(this IEndpointRouteBuilder group) => group
        .MapPost("/commissions", async (CommissionCoordinatorRequest request, ISender sender, CancellationToken ct) =>
        {
            var commission = await sender.Send(request.ToCommand(), ct);
            return Results.Created($"/api/v1/school-community/commissions/{commission.Id}", commission);
        })
        .WithName("CommissionCoordinator")
        .WithSummary("Commission a coordinator to districts (staff)")
        .WithDescription("The person is checked with TalentRegistry: active, with the ChildrenSupporter or CommunityLeader role (400 on " +
            "`personId` otherwise). While the commission runs, their login (role `coordinator`) reads and writes those districts' " +
            "activities and nothing else. Honours `Idempotency-Key`.")
        .RequireAuthorization(Policies.Staff)
        .Idempotent()
        .Produces<CommissionResponse>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .ProducesAuthProblems();
}
