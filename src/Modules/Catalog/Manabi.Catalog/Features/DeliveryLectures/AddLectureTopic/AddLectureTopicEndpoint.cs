using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.DeliveryLectures.AddLectureTopic;

internal static class AddLectureTopicEndpoint
{
    public static RouteHandlerBuilder MapAddLectureTopic(this IEndpointRouteBuilder group) => group
        .MapPost("/delivery-lectures/topics", async (LectureTopicRequest request, ISender sender, HttpResponse response, CancellationToken ct) =>
        {
            var topic = await sender.Send(request.ToCommand(), ct);
            return VersionedResults.Created(response, topic, $"/api/v1/catalog/delivery-lectures/topics/{topic.Value.Id}");
        })
        .WithName("AddLectureTopic")
        .WithSummary("Add a topic to the delivery-lecture menu")
        .WithDescription("Staff. Honours `Idempotency-Key`.")
        .RequireAuthorization(Policies.Staff)
        .Idempotent()
        .Produces<LectureTopicResponse>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .ProducesAuthProblems();
}
