using Manabi.TalentRegistry.Data;
using Mediator;

namespace Manabi.TalentRegistry.Features.Needs.FindMatches;

internal sealed record FindMatchesQuery(Guid NeedId) : IQuery<MatchList>;

internal sealed class FindMatchesHandler(TalentRegistryDbContext db, NeedMatcher matcher) : IQueryHandler<FindMatchesQuery, MatchList>
{
    public async ValueTask<MatchList> Handle(FindMatchesQuery query, CancellationToken cancellationToken) =>
        await matcher.MatchAsync(await NeedAccess.ByIdAsync(db, query.NeedId, cancellationToken), cancellationToken);
}
