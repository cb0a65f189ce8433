using Manabi.TalentRegistry.Data;
using Manabi.TalentRegistry.Features.People;
using Mediator;

namespace Manabi.TalentRegistry.Features.Needs.FindMatches;

internal sealed record FindMatchesQuery(Guid NeedId) : IQuery<MatchList>;

internal sealed class FindMatchesHandler(TalentRegistryDbContext db, NeedMatcher matcher, MatchingRegister register, TimeProvider clock)
    : IQueryHandler<FindMatchesQuery, MatchList>
{
    public async ValueTask<MatchList> Handle(FindMatchesQuery query, CancellationToken cancellationToken)
    {
        var snapshot = await register.CurrentAsync(cancellationToken);
        var today = clock.Today();
        if (register.Remembered(snapshot, query.NeedId, today) is { } remembered)
        {
            return remembered;
        }
        var list = await matcher.MatchAsync(await NeedAccess.ByIdAsync(db, query.NeedId, cancellationToken), cancellationToken, register: snapshot);
        register.Remember(snapshot, query.NeedId, today, list);
        return list;
    }
}
