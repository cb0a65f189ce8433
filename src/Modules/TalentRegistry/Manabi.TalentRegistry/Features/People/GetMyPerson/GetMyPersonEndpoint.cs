using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.People.GetMyPerson;

internal static class GetMyPersonEndpoint
{
    public static RouteHandlerBuilder MapGetMyPerson(this IEndpointRouteBuilder group) => group
        .MapGet("/people/me", async (ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new GetMyPersonQuery(user.LoginSubject()), ct)))
        .WithName("GetMyPerson")
        .WithSummary("My talent-bank registration")
        .WithDescription("The caller's own registration, with its status and term; 404 before they apply.")
        .RequireAuthorization(Policies.Learner)
        .Produces<PersonResponse>()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
