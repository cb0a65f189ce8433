using Manabi.BuildingBlocks.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.DeliveryLectures.TrackLectureRequest;

internal static class TrackLectureRequestEndpoint
{
    public static RouteHandlerBuilder MapTrackLectureRequest(this IEndpointRouteBuilder group) => group
        .MapGet("/delivery-lectures/requests/{id:guid}/status", async (Guid id, string? code, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new TrackLectureRequestQuery(id, code), ct)))
        .ParametersCheckedBy<TrackLectureRequestQuery>()
        .WithName("TrackLectureRequest")
        .WithSummary("Follow a delivery-lecture request")
        .WithDescription("Public, with the tracking code (`code`): where the request stands. A wrong code answers 404.")
        .AllowAnonymous()
        .Produces<LectureRequestStatusResponse>()
        .ProducesProblem(StatusCodes.Status404NotFound);
}
