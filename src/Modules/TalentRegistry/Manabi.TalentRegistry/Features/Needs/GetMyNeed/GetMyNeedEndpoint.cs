using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.Needs.GetMyNeed;

internal static class GetMyNeedEndpoint
{
    public static RouteHandlerBuilder MapGetMyNeed(this IEndpointRouteBuilder group) => group
        .MapGet("/needs/{id:guid}/status", async (Guid id, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new GetMyNeedQuery(id, user.LoginSubject()), ct)))
        .WithName("GetMyNeed")
        .WithSummary("One need I asked for")
        .WithDescription("Its status and how many people are assigned. Another group's need (or one staff opened) is 404.")
        .RequireAuthorization(Policies.Learner)
        .Produces<MyNeedResponse>()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
