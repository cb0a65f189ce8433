using Manabi.SchoolCommunityCoordination.Data;
using Manabi.SchoolCommunityCoordination.Features.Coordinators;
using Mediator;

namespace Manabi.SchoolCommunityCoordination.Features.Activities.GetActivity;

internal sealed record GetActivityQuery(Guid Id, Caller Caller) : IQuery<CollaborativeActivityResponse>;

internal sealed class GetActivityHandler(SchoolCommunityCoordinationDbContext db, CoordinatorScopes scopes) : IQueryHandler<GetActivityQuery, CollaborativeActivityResponse>
{
    public async ValueTask<CollaborativeActivityResponse> Handle(GetActivityQuery q, CancellationToken cancellationToken)
    {
        var scope = await scopes.OfAsync(q.Caller, cancellationToken);
        var activity = await ActivityAccess.InScopeAsync(db, q.Id, scope, cancellationToken);
        return CollaborativeActivityResponse.From(activity, (await ActivityAccess.SessionsOfAsync(db, [activity.Id], cancellationToken))[activity.Id]);
    }
}
