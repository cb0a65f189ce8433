using Manabi.TalentRegistry.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.Needs.ListMyNeeds;

/// <summary>The needs the caller asked for, newest first.</summary>
internal sealed record ListMyNeedsQuery(string Subject) : IQuery<IReadOnlyList<MyNeedResponse>>;

internal sealed class ListMyNeedsHandler(TalentRegistryDbContext db) : IQueryHandler<ListMyNeedsQuery, IReadOnlyList<MyNeedResponse>>
{
    public async ValueTask<IReadOnlyList<MyNeedResponse>> Handle(ListMyNeedsQuery q, CancellationToken cancellationToken) =>
        (await db.Needs.AsNoTracking().Include(n => n.Proposals).Where(n => n.OwnerSubject == q.Subject)
            .OrderByDescending(n => n.CreatedAt).Take(200).ToListAsync(cancellationToken))
        .ConvertAll(n => MyNeedResponse.From(NeedResponse.From(n)));
}
