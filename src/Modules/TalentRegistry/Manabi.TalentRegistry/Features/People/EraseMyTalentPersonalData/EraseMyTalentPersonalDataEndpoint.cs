using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.People.EraseMyTalentPersonalData;

internal static class EraseMyTalentPersonalDataEndpoint
{
    public static RouteHandlerBuilder MapEraseMyTalentPersonalData(this IEndpointRouteBuilder group) => group
        .MapDelete("/people/me", async (ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
        {
            await sender.Send(new EraseMyTalentPersonalDataCommand(user.LoginSubject()), ct);
            return Results.NoContent();
        })
        .WithName("EraseMyTalentPersonalData")
        .WithSummary("Delete my talent-bank registration")
        .WithDescription("Erases the personal fields and unlinks the login; activity records remain as anonymous counts, so the " +
            "plan's figures do not change. The person leaves the directory and the register at once.")
        .RequireAuthorization(Policies.Learner)
        .Produces(StatusCodes.Status204NoContent)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
