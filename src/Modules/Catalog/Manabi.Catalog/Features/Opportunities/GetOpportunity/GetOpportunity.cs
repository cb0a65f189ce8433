using Manabi.BuildingBlocks.Http;
using Manabi.Catalog.Data;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Opportunities.GetOpportunity;

/// <summary>A public opportunity (published, of an approved provider) by its catalog id.</summary>
internal sealed record GetOpportunityQuery(Guid Id) : IQuery<OpportunityResponse>;

internal sealed class GetOpportunityHandler(CatalogDbContext db, OpportunityReader reader) : IQueryHandler<GetOpportunityQuery, OpportunityResponse>
{
    public async ValueTask<OpportunityResponse> Handle(GetOpportunityQuery query, CancellationToken cancellationToken)
    {
        var visible = db.Opportunities.Where(o => o.Id == query.Id && o.Status == Contracts.OpportunityStatus.Published
            && db.Providers.Any(p => p.Id == o.ProviderId && p.Status == Contracts.ProviderStatus.Approved));
        return (await reader.LoadAsync(visible, cancellationToken)).SingleOrDefault() ?? throw OpportunityErrors.NotFound();
    }
}

internal static class GetOpportunityEndpoint
{
    public static void Map(IEndpointRouteBuilder group) => group
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
        .Produces<OpportunityResponse>()
        .Produces(StatusCodes.Status200OK, contentType: SchemaOrg.MediaType)
        .ProducesProblem(StatusCodes.Status404NotFound);
}
