using Manabi.BuildingBlocks.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.DeliveryLectures.SubmitLectureRequest;

internal static class SubmitLectureRequestEndpoint
{
    public static RouteHandlerBuilder MapSubmitLectureRequest(this IEndpointRouteBuilder group) => group
        .MapPost("/delivery-lectures/requests", async (SubmitLectureRequestRequest request, ISender sender, CancellationToken ct) =>
        {
            var submitted = await sender.Send(request.ToCommand(), ct);
            return Results.Created($"/api/v1/catalog/delivery-lectures/requests/{submitted.Id}/status", submitted);
        })
        .WithName("SubmitLectureRequest")
        .WithSummary("Request a delivery lecture")
        .WithDescription("Public: a group asks for a lecture from the menu. The answer holds a tracking code, shown once, to follow or cancel the request. " +
            "Refused with 422 when the wished dates are inside the topic's lead time or the group is smaller than its minimum. Honours `Idempotency-Key`.")
        .AllowAnonymous()
        .Idempotent()
        .Produces<SubmittedLectureRequest>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
