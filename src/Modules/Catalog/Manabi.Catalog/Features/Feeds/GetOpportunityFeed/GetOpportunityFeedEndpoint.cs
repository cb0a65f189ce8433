using FluentValidation;
using Manabi.BuildingBlocks.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.Feeds.GetOpportunityFeed;

internal static class GetOpportunityFeedEndpoint
{
    public static RouteHandlerBuilder MapGetOpportunityFeed(this IEndpointRouteBuilder group) => group
        .MapGet("/feeds/opportunities", async (long? afterTimestamp, Guid? afterId, int? limit, HttpContext context, ISender sender, CancellationToken ct) =>
        {
            var page = await sender.Send(new GetOpportunityFeedQuery(afterTimestamp, afterId, limit, context.BaseUrl()), ct);
            // Full pages only change when an item on them changes again; the last page is polled.
            context.Response.Headers.CacheControl = page.Items.Count > 0 ? "public, max-age=3600" : "public, max-age=8";
            return Results.Ok(page);
        })
        .ParametersCheckedBy<GetOpportunityFeedQuery>()
        .WithName("GetOpportunityFeed")
        .WithSummary("RPDE feed of learning opportunities")
        .WithDescription("Realtime Paged Data Exchange: start without parameters, then follow `next`. Items are ordered by " +
            "(`modified`, `id`) and page by the rule `(modified = afterTimestamp AND id > afterId) OR modified > afterTimestamp`. " +
            "Withdrawn and unpublished items appear as `deleted` tombstones. The last page has no items and `next` pointing to itself. " +
            "`limit` (1–500, default 100) sets the page size.")
        .AllowAnonymous()
        .CachedPublicly(3600)
        .Produces<FeedPage>()
        .ProducesValidationProblem();
}
