using Manabi.Catalog.Data;
using Mediator;

namespace Manabi.Catalog.Features.Opportunities.GetOpportunity;

/// <summary>A public opportunity (published, of an approved provider) by its catalog id.</summary>
internal sealed record GetOpportunityQuery(Guid Id) : IQuery<OpportunityResponse>;

internal sealed class GetOpportunityHandler(CatalogDbContext db, OpportunityReader reader) : IQueryHandler<GetOpportunityQuery, OpportunityResponse>
{
    public async ValueTask<OpportunityResponse> Handle(GetOpportunityQuery query, CancellationToken cancellationToken)
    {
        var visible = db.PublicOpportunities().Where(o => o.Id == query.Id);
        return (await reader.LoadAsync(visible, cancellationToken)).SingleOrDefault() ?? throw OpportunityErrors.NotFound();
    }
}
