using Manabi.TalentRegistry.Data;
using Manabi.TalentRegistry.Features.People;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.Needs.ListMyProposals;

internal sealed record ListMyProposalsQuery(string Subject) : IQuery<IReadOnlyList<ProposalResponse>>;

internal sealed class ListMyProposalsHandler(TalentRegistryDbContext db) : IQueryHandler<ListMyProposalsQuery, IReadOnlyList<ProposalResponse>>
{
    public async ValueTask<IReadOnlyList<ProposalResponse>> Handle(ListMyProposalsQuery query, CancellationToken cancellationToken)
    {
        var person = await PersonAccess.MineAsync(db, query.Subject, cancellationToken);
        var needs = await db.Needs.AsNoTracking().Include(n => n.Proposals)
            .Where(n => n.Proposals.Any(p => p.PersonId == person.Id)).OrderByDescending(n => n.CreatedAt).Take(200).ToListAsync(cancellationToken);
        // Only their own proposal of each need: who else was asked is not theirs to see.
        return [.. needs.Select(n => ProposalResponse.From(n.Proposals.Single(p => p.PersonId == person.Id), n))];
    }
}
