using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.SchoolCommunityCoordination.Features.Coordinators.EndCommission;

internal static class EndCommissionEndpoint
{
    public static RouteHandlerBuilder MapEndCommission(this IEndpointRouteBuilder group) => group
        .MapPost("/commissions/{id:guid}/end", async (Guid id, EndCommissionRequest request, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(request.ToCommand(id), ct)))
        .WithName("EndCommission")
        .WithSummary("End a commission early (staff)")
        .WithDescription("The districts stay covered for the days it ran; a commission can only be shortened (422 `invalid-end`).")
        .RequireAuthorization(Policies.Staff)
        .Produces<CommissionResponse>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesAuthProblems();
}
