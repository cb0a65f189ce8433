using Manabi.BuildingBlocks.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.Opportunities.GetOpportunity;

internal static class GetOpportunityEndpoint
{
    public static RouteHandlerBuilder MapGetOpportunity(this IEndpointRouteBuilder group) => group
        .MapGet("/opportunities/{id:guid}", async (Guid id, HttpRequest request, ISender sender, CancellationToken ct) =>
        {
            var opportunity = await sender.Send(new GetOpportunityQuery(id), ct);
            return request.Headers.Accept.ToString().Contains(SchemaOrg.MediaType, StringComparison.OrdinalIgnoreCase)
                ? Results.Json(SchemaOrg.Render(opportunity, request.HttpContext.BaseUrl()), contentType: SchemaOrg.MediaType)
                : Results.Ok(opportunity);
        })
        .WithName("GetOpportunity")
        .WithSummary("Get a learning opportunity with its sessions")
        .WithDescription("Public. Send `Accept: application/ld+json` for a schema.org (JSON-LD) rendering for search engines and open-data users.")
        .AllowAnonymous()
        .CachedPublicly(60, negotiated: true)
        .Produces<OpportunityResponse>()
        .Produces(StatusCodes.Status200OK, contentType: SchemaOrg.MediaType)
        .ProducesProblem(StatusCodes.Status404NotFound);
}
