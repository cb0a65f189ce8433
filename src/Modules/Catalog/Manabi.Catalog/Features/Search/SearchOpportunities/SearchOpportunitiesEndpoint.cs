using Manabi.BuildingBlocks.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.Search.SearchOpportunities;

internal static class SearchOpportunitiesEndpoint
{
    public static RouteHandlerBuilder MapSearchOpportunities(this IEndpointRouteBuilder group) => group
        .MapGet("/opportunities", async ([AsParameters] SearchOpportunitiesQuery query, bool? count, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(query with { CountTotal = count == true }, ct)))
        .WithName("SearchOpportunities")
        .WithSummary("Search learning opportunities")
        .WithDescription("Public. `q`: keywords (all must match) over title, reading and description; width (全角/半角), case and " +
            "katakana/hiragana are folded, and 1–2 character terms work. Filters: `field` (a top-level code includes its sub-fields), " +
            "`audience`, `providerId`, `kind`, `from`/`to` (a session starting in the range; `from` defaults to now), `free`, " +
            "`stampRally`, `venueId`, `area`, `hasSeats`. `sort`: `date` (next session, default) or `relevance`. " +
            "Pass `next` back as `cursor` for the following page; `limit` 1–100 (default 20). " +
            "`count=true` adds `total`, how many match in all, to a first page (it costs a pass over every match, so ask once per search, not per page).")
        .AllowAnonymous()
        .CachedPublicly(0) // a push shows in search at once
        .Produces<SearchPage>()
        .ProducesValidationProblem();
}
