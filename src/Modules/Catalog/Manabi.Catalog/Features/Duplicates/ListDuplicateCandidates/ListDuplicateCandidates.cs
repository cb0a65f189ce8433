using FluentValidation;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Data;
using Manabi.Catalog.Features.Opportunities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Duplicates.ListDuplicateCandidates;

internal sealed record ListDuplicatesQuery(DuplicateVerdict? Verdict) : IQuery<IReadOnlyList<DuplicateCandidateResponse>>;

internal sealed class ListDuplicatesHandler(CatalogDbContext db, OpportunityReader reader) : IQueryHandler<ListDuplicatesQuery, IReadOnlyList<DuplicateCandidateResponse>>
{
    public async ValueTask<IReadOnlyList<DuplicateCandidateResponse>> Handle(ListDuplicatesQuery query, CancellationToken cancellationToken)
    {
        var verdict = query.Verdict ?? DuplicateVerdict.Pending;
        var candidates = await db.DuplicateCandidates.AsNoTracking().Where(c => c.Verdict == verdict)
            .OrderByDescending(c => c.DetectedAt).ThenBy(c => c.Id).Take(200).ToListAsync(cancellationToken);
        var ids = candidates.SelectMany(c => new[] { c.FirstOpportunityId, c.SecondOpportunityId }).Distinct().ToList();
        var opportunities = (await reader.LoadAsync(db.Opportunities.Where(o => ids.Contains(o.Id)), cancellationToken)).ToDictionary(o => o.Id);
        return candidates.ConvertAll(c => new DuplicateCandidateResponse(c.Id, Math.Round(c.TitleSimilarity, 3), c.Reasons, c.Verdict,
            opportunities[c.FirstOpportunityId], opportunities[c.SecondOpportunityId], c.DetectedAt, c.DecidedBy));
    }
}
