using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.Needs.ListMyNeeds;

internal static class ListMyNeedsEndpoint
{
    public static RouteHandlerBuilder MapListMyNeeds(this IEndpointRouteBuilder group) => group
        .MapGet("/needs/mine", async (ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new ListMyNeedsQuery(user.LoginSubject()), ct)))
        .WithName("ListMyNeeds")
        .WithSummary("The needs I asked the board for")
        .WithDescription("Newest first (up to 200), each with its status and how many people are assigned; not who was proposed.")
        .RequireAuthorization(Policies.Learner)
        .Produces<IReadOnlyList<MyNeedResponse>>()
        .ProducesAuthProblems();
}
