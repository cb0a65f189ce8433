using Manabi.BuildingBlocks.Contracts;
using Manabi.SchoolCommunityCoordination.Data;
using Manabi.SchoolCommunityCoordination.Features.Coordinators;
using Mediator;

namespace Manabi.SchoolCommunityCoordination.Features.Activities.GetActivity;

internal sealed record GetActivityQuery(Guid Id, Caller Caller) : IQuery<CollaborativeActivityResponse>;

internal sealed class GetActivityHandler(SchoolCommunityCoordinationDbContext db, ISender sender, TimeProvider clock) : IQueryHandler<GetActivityQuery, CollaborativeActivityResponse>
{
    public async ValueTask<CollaborativeActivityResponse> Handle(GetActivityQuery q, CancellationToken cancellationToken)
    {
        var scope = await CoordinatorScope.OfAsync(q.Caller, sender, db, JapanTime.DateOf(clock.GetUtcNow()), cancellationToken);
        return CollaborativeActivityResponse.From(await ActivityAccess.InScopeAsync(db, q.Id, scope, cancellationToken));
    }
}
