using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.DeliveryLectures.UpdateLectureTopic;

internal static class UpdateLectureTopicEndpoint
{
    public static RouteHandlerBuilder MapUpdateLectureTopic(this IEndpointRouteBuilder group) => group
        .MapPut("/delivery-lectures/topics/{id:guid}", async (Guid id, LectureTopicRequest body, HttpRequest request, ISender sender, CancellationToken ct) =>
        {
            return VersionedResults.Ok(request.HttpContext.Response, await sender.Send(body.ToCommand(id, ETags.RequireIfMatch(request)), ct));
        })
        .WithName("UpdateLectureTopic")
        .WithSummary("Update a delivery-lecture topic")
        .WithDescription("Staff; requires `If-Match`. Set `active` to false to take it off the menu.")
        .RequireAuthorization(Policies.Staff)
        .Idempotent()
        .Produces<LectureTopicResponse>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status412PreconditionFailed)
        .ProducesProblem(StatusCodes.Status428PreconditionRequired)
        .ProducesAuthProblems();
}
