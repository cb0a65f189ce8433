using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.Passbook.Features.Learners;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Passbook.Features.Commendations.ListMyCommendations;

internal static class ListMyCommendationsEndpoint
{
    public static RouteHandlerBuilder MapListMyCommendations(this IEndpointRouteBuilder group) => group
        .MapGet("/learners/me/commendations", async (ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new ListMyCommendationsQuery(LearnerReader.Of(user).Subject), ct)))
        .WithName("ListMyCommendations")
        .WithSummary("My commendations")
        .WithDescription("Every level I reached: pending until the ceremony, then awarded with its credential; withdrawn if a voided stamp took me below it.")
        .RequireAuthorization(Policies.Learner)
        .Produces<IReadOnlyList<MyCommendationResponse>>()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
