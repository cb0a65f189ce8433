using Manabi.BuildingBlocks.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.DeliveryLectures.ListLectureTopics;

internal static class ListLectureTopicsEndpoint
{
    public static RouteHandlerBuilder MapListLectureTopics(this IEndpointRouteBuilder group) => group
        .MapGet("/delivery-lectures/topics", async (ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new ListLectureTopicsQuery(false), ct)))
        .WithName("ListLectureTopics")
        .WithSummary("The delivery-lecture menu (千歳学出前講座)")
        .WithDescription("Public: topics citizens, businesses and city staff offer to teach to groups on request.")
        .AllowAnonymous()
        .CachedPublicly(300)
        .Produces<IReadOnlyList<LectureTopicResponse>>();
}
