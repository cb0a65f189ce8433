using Manabi.BuildingBlocks.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.Classification.GetActivityList;

internal static class GetActivityListEndpoint
{
    public const string MediaType = "application/ld+json";

    public static RouteHandlerBuilder MapGetActivityList(this IEndpointRouteBuilder group) => group
        .MapGet("/activity-list", async (HttpContext context, ISender sender, CancellationToken ct) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Json(await sender.Send(new GetActivityListQuery(context.BaseUrl()), ct), contentType: MediaType);
        })
        .WithName("GetActivityList")
        .WithSummary("The field taxonomy as an OpenActive activity list (SKOS)")
        .WithDescription("A SKOS `ConceptScheme`: the feed's `activity` concepts point here (`…/activity-list#<field code>`).")
        .AllowAnonymous()
        .CachedPublicly(3600)
        .Produces<object>(StatusCodes.Status200OK, MediaType);
}
