using FluentValidation;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Information.ListPublishedIssues;

/// <summary>The one query behind ListPublishedIssues and ListAllIssues.</summary>
internal sealed record ListInformationIssuesQuery(bool PublishedOnly, InformationChannel? Channel) : IQuery<IReadOnlyList<InformationIssueResponse>>;

internal sealed class ListInformationIssuesHandler(CatalogDbContext db) : IQueryHandler<ListInformationIssuesQuery, IReadOnlyList<InformationIssueResponse>>
{
    public async ValueTask<IReadOnlyList<InformationIssueResponse>> Handle(ListInformationIssuesQuery q, CancellationToken cancellationToken) =>
        (await db.InformationIssues.AsNoTracking()
            .Where(i => (!q.PublishedOnly || i.Published) && (q.Channel == null || i.Channel == q.Channel))
            .OrderByDescending(i => i.IssueDate).ThenBy(i => i.Id).Take(200).ToListAsync(cancellationToken))
        .ConvertAll(InformationIssueResponse.From);
}
