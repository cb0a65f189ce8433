using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.SchoolCommunityCoordination.Features.Coordinators;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.SchoolCommunityCoordination.Features.Activities.GetActivity;

internal static class GetActivityEndpoint
{
    public static RouteHandlerBuilder MapGetActivity(this IEndpointRouteBuilder group) => group
        .MapGet("/activities/{id:guid}", async (Guid id, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new GetActivityQuery(id, Caller.Of(user)), ct)))
        .WithName("GetActivity")
        .WithSummary("One collaborative activity with its sessions (coordinator or staff)")
        .WithDescription("Another district's activity is 404 for a coordinator.")
        .RequireAuthorization(Policies.Coordinator)
        .Produces<CollaborativeActivityResponse>()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
