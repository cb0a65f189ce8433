using Manabi.BuildingBlocks.Http;
using Manabi.Catalog.Features.DeliveryLectures.TrackLectureRequest;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.DeliveryLectures.CancelLectureRequest;

internal static class CancelLectureRequestEndpoint
{
    public static RouteHandlerBuilder MapCancelLectureRequest(this IEndpointRouteBuilder group) => group
        .MapPost("/delivery-lectures/requests/{id:guid}/cancel", async (Guid id, string? code, CancelLectureRequestRequest body, ISender sender, CancellationToken ct) =>
            Results.Ok(LectureRequestStatusResponse.From(await sender.Send(
                body.ToCommand(id, code ?? ""), ct))))
        .ParametersCheckedBy<TrackLectureRequestQuery>()
        .WithName("CancelLectureRequest")
        .WithSummary("Cancel a delivery-lecture request (the requesting group)")
        .WithDescription("Public, with the tracking code (`code`) and a reason.")
        .AllowAnonymous()
        .Produces<LectureRequestStatusResponse>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
