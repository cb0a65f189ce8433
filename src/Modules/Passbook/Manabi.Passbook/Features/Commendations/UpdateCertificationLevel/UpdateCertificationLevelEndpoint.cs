using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Passbook.Features.Commendations.UpdateCertificationLevel;

internal static class UpdateCertificationLevelEndpoint
{
    public static RouteHandlerBuilder MapUpdateCertificationLevel(this IEndpointRouteBuilder group) => group
        .MapPut("/levels/{id:guid}", async (Guid id, UpdateCertificationLevelRequest request, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(request.ToCommand(id), ct)))
        .WithName("UpdateCertificationLevel")
        .WithSummary("Rename a certification level, or change its credits while nobody has reached it")
        .WithDescription("Staff. Once a learner has reached the level its credits are fixed (409 `level-in-use`): define a new level and retire this one.")
        .RequireAuthorization(Policies.Staff)
        .Produces<LevelResponse>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesAuthProblems();
}
