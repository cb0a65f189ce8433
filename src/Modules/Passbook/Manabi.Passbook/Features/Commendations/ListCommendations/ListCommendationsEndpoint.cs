using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.Passbook.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Passbook.Features.Commendations.ListCommendations;

internal static class ListCommendationsEndpoint
{
    public static RouteHandlerBuilder MapListCommendations(this IEndpointRouteBuilder group) => group
        .MapGet("/commendations", async (CommendationStatus? status, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new ListCommendationsQuery(status, user.Actor()), ct)))
        .WithName("ListCommendations")
        .WithSummary("Commendations (default: pending, for the next ceremony)")
        .WithDescription("Staff.")
        .RequireAuthorization(Policies.Staff)
        .Produces<IReadOnlyList<CommendationResponse>>()
        .ProducesValidationProblem()
        .ProducesAuthProblems();
}
