using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.Catalog.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.DeliveryLectures.ListLectureRequests;

internal static class ListLectureRequestsEndpoint
{
    public static RouteHandlerBuilder MapListLectureRequests(this IEndpointRouteBuilder group) => group
        .MapGet("/delivery-lectures/requests", async (LectureRequestStatus? status, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new ListLectureRequestsQuery(status, user.Actor()), ct)))
        .WithName("ListLectureRequests")
        .WithSummary("Delivery-lecture requests")
        .WithDescription("Staff: the newest 500, optionally of one status. Each request shown is recorded as a read of the group's contact details.")
        .RequireAuthorization(Policies.Staff)
        .Produces<IReadOnlyList<LectureRequestResponse>>()
        .ProducesAuthProblems();
}
