using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Passbook.Features.Commendations.RetireCertificationLevel;

internal static class RetireCertificationLevelEndpoint
{
    public static RouteHandlerBuilder MapRetireCertificationLevel(this IEndpointRouteBuilder group) => group
        .MapPost("/levels/{id:guid}/retire", async (Guid id, ISender sender, CancellationToken ct) =>
        {
            await sender.Send(new RetireLevelCommand(id), ct);
            return Results.NoContent();
        })
        .WithName("RetireCertificationLevel")
        .WithSummary("Retire a certification level")
        .WithDescription("Staff. It leaves the list and nobody new reaches it; commendations already made for it stay.")
        .RequireAuthorization(Policies.Staff)
        .Produces(StatusCodes.Status204NoContent)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
