using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.People.ErasePersonPersonalData;

internal static class ErasePersonPersonalDataEndpoint
{
    public static RouteHandlerBuilder MapErasePersonPersonalData(this IEndpointRouteBuilder group) => group
        .MapDelete("/people/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
        {
            await sender.Send(new ErasePersonPersonalDataCommand(id), ct);
            return Results.NoContent();
        })
        .WithName("ErasePersonPersonalData")
        .WithSummary("Delete a person's registration on their request (staff)")
        .WithDescription("As `DELETE /people/me` does for a person with a login: personal fields erased, activity records kept as anonymous counts.")
        .RequireAuthorization(Policies.Staff)
        .Produces(StatusCodes.Status204NoContent)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
