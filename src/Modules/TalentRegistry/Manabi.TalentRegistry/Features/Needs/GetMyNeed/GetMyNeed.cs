using Manabi.TalentRegistry.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.Needs.GetMyNeed;

/// <summary>One need the caller asked for; someone else's is not found, like one that does not exist.</summary>
internal sealed record GetMyNeedQuery(Guid Id, string Subject) : IQuery<MyNeedResponse>;

internal sealed class GetMyNeedHandler(TalentRegistryDbContext db) : IQueryHandler<GetMyNeedQuery, MyNeedResponse>
{
    public async ValueTask<MyNeedResponse> Handle(GetMyNeedQuery q, CancellationToken cancellationToken) =>
        MyNeedResponse.From(NeedResponse.From(
            await db.Needs.AsNoTracking().Include(n => n.Proposals).SingleOrDefaultAsync(n => n.Id == q.Id && n.OwnerSubject == q.Subject, cancellationToken)
            ?? throw NeedErrors.NotFound()));
}
