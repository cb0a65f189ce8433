using Manabi.Catalog.Contracts;
using Manabi.Catalog.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Opportunities;

internal sealed class GetOpportunityTitlesHandler(CatalogDbContext db) : IQueryHandler<GetOpportunityTitlesQuery, IReadOnlyList<OpportunityTitle>>
{
    public async ValueTask<IReadOnlyList<OpportunityTitle>> Handle(GetOpportunityTitlesQuery query, CancellationToken cancellationToken)
    {
        var ids = query.OpportunityIds.Distinct().ToList();
        return await db.Opportunities.AsNoTracking().Where(o => ids.Contains(o.Id))
            .Join(db.Providers, o => o.ProviderId, p => p.Id, (o, p) => new OpportunityTitle(o.Id, o.Title, p.Id, p.Name))
            .ToListAsync(cancellationToken);
    }
}
