using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Passbook.Features.Commendations.DefineCertificationLevel;

internal static class DefineCertificationLevelEndpoint
{
    public static RouteHandlerBuilder MapDefineCertificationLevel(this IEndpointRouteBuilder group) => group
        .MapPost("/levels", async (DefineCertificationLevelRequest request, ISender sender, CancellationToken ct) =>
        {
            var level = await sender.Send(request.ToCommand(), ct);
            return Results.Created($"/api/v1/passbook/levels/{level.Id}", level);
        })
        .WithName("DefineCertificationLevel")
        .WithSummary("Define a certification level")
        .WithDescription("Staff. Learners whose credits already reach it get a pending commendation at once.")
        .RequireAuthorization(Policies.Staff)
        .Produces<LevelResponse>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesAuthProblems();
}
