using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.SchoolCommunityCoordination.Features.Coordinators;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.SchoolCommunityCoordination.Features.Activities.ListActivities;

internal static class ListActivitiesEndpoint
{
    public static RouteHandlerBuilder MapListActivities(this IEndpointRouteBuilder group) => group
        .MapGet("/activities", async (Guid? districtId, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new ListActivitiesQuery(Caller.Of(user), districtId), ct)))
        .WithName("ListActivities")
        .WithSummary("Collaborative activities with their sessions (coordinator or staff)")
        .WithDescription("Newest first (up to 500). A coordinator sees only the districts of their running commissions; `districtId` narrows to one.")
        .RequireAuthorization(Policies.Coordinator)
        .Produces<IReadOnlyList<CollaborativeActivityResponse>>()
        .ProducesAuthProblems();
}
