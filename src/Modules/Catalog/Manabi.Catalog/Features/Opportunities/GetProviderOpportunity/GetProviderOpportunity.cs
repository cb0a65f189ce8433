using Manabi.BuildingBlocks.Application;
using Manabi.Catalog.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Opportunities.GetProviderOpportunity;

/// <summary>An opportunity by the provider's own id, in any status (the partner's view of its data).</summary>
internal sealed record GetProviderOpportunityQuery(Guid ProviderId, string ExternalId, Guid? CallerProviderId) : IQuery<Versioned<OpportunityResponse>>;

internal sealed class GetProviderOpportunityHandler(CatalogDbContext db, OpportunityReader reader) : IQueryHandler<GetProviderOpportunityQuery, Versioned<OpportunityResponse>>
{
    public async ValueTask<Versioned<OpportunityResponse>> Handle(GetProviderOpportunityQuery query, CancellationToken cancellationToken)
    {
        var provider = await ProviderScope.ResolveAsync(db, query.ProviderId, query.CallerProviderId, cancellationToken);
        var matching = db.Opportunities.Where(o => o.ProviderId == provider.Id && o.ExternalId == query.ExternalId);
        var found = (await reader.LoadAsync(matching, cancellationToken)).SingleOrDefault() ?? throw OpportunityErrors.NotFound();
        var version = await matching.Select(o => o.Version).SingleAsync(cancellationToken);
        return new(found, version);
    }
}
