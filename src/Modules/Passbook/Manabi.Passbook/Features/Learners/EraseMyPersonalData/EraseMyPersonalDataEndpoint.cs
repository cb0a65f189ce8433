using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.Passbook.Features.Learners.ErasePersonalData;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Passbook.Features.Learners.EraseMyPersonalData;

internal static class EraseMyPersonalDataEndpoint
{
    public static RouteHandlerBuilder MapEraseMyPersonalData(this IEndpointRouteBuilder group) => group
        .MapDelete("/learners/me", async (ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
        {
            await sender.Send(new ErasePersonalDataCommand(null, LearnerReader.Of(user) with { IsStaff = false }), ct);
            return Results.NoContent();
        })
        .WithName("EraseMyPersonalData")
        .WithSummary("Delete my personal data")
        .WithDescription("Name, reading, birth year, area and contact are erased and the login and passbook number unlinked. " +
            "Stamps remain as anonymous counts, so the city's indicators do not change.")
        .RequireAuthorization(Policies.Learner)
        .Produces(StatusCodes.Status204NoContent)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
