using Manabi.BuildingBlocks.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.Classification.GetVenue;

internal static class GetVenueEndpoint
{
    public static RouteHandlerBuilder MapGetVenue(this IEndpointRouteBuilder group) => group
        .MapGet("/venues/{id:guid}", async (Guid id, ISender sender, HttpResponse response, CancellationToken ct) =>
            VersionedResults.Ok(response, await sender.Send(new GetVenueQuery(id), ct)))
        .WithName("GetVenue")
        .WithSummary("Get a venue")
        .WithDescription("Public, like the venue list. The `ETag` is what staff send in `If-Match` to update it.")
        .AllowAnonymous()
        .Produces<VenueResponse>()
        .ProducesProblem(StatusCodes.Status404NotFound);
}
