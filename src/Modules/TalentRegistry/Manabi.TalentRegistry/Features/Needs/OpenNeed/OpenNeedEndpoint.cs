using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.Needs.OpenNeed;

internal static class OpenNeedEndpoint
{
    public static RouteHandlerBuilder MapOpenNeed(this IEndpointRouteBuilder group) => group
        .MapPost("/needs", async (OpenNeedRequest request, ISender sender, CancellationToken ct) =>
        {
            var need = await sender.Send(request.ToCommand(), ct);
            return Results.Created($"/api/v1/talent/needs/{need.Id}", need);
        })
        .WithName("OpenNeed")
        .WithSummary("Open a need for people (staff)")
        .WithDescription("Groups ask the board for people, never the people directly; staff open the need, then match and propose. Honours `Idempotency-Key`.")
        .RequireAuthorization(Policies.Staff)
        .Idempotent()
        .Produces<NeedResponse>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .ProducesAuthProblems();
}
