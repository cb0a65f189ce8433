using Manabi.Catalog.Data;
using Mediator;

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
