using Manabi.BuildingBlocks.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.Classification.ListVenues;

internal static class ListVenuesEndpoint
{
    public static RouteHandlerBuilder MapListVenues(this IEndpointRouteBuilder group) => group
        .MapGet("/venues", async (string? area, ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new ListVenuesQuery(area), ct)))
        .ParametersCheckedBy<ListVenuesQuery>()
        .WithName("ListVenues")
        .WithSummary("Venues")
        .WithDescription("All venues (up to 2,000), by reading; `area` narrows to one area of the city.")
        .AllowAnonymous()
        .CachedPublicly(300)
        .Produces<IReadOnlyList<VenueResponse>>();
}
