using Manabi.BuildingBlocks.Application;
using Manabi.Catalog.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Information.GetIssue;

internal sealed record GetInformationIssueQuery(Guid Id, bool PublishedOnly) : IQuery<Versioned<InformationIssueResponse>>;

internal sealed class GetInformationIssueHandler(CatalogDbContext db) : IQueryHandler<GetInformationIssueQuery, Versioned<InformationIssueResponse>>
{
    public async ValueTask<Versioned<InformationIssueResponse>> Handle(GetInformationIssueQuery q, CancellationToken cancellationToken)
    {
        var issue = await db.InformationIssues.AsNoTracking().SingleOrDefaultAsync(i => i.Id == q.Id && (!q.PublishedOnly || i.Published), cancellationToken)
            ?? throw InformationErrors.NotFound();
        return new(InformationIssueResponse.From(issue), issue.Version);
    }
}
