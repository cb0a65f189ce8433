using Manabi.SchoolCommunityCoordination.Data;
using Manabi.SchoolCommunityCoordination.Features.Coordinators;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.SchoolCommunityCoordination.Features.Activities.ListActivities;

/// <summary>The activities the caller may see (a coordinator's districts, or all for staff), with their sessions.</summary>
internal sealed record ListActivitiesQuery(Caller Caller, Guid? DistrictId) : IQuery<IReadOnlyList<CollaborativeActivityResponse>>;

internal sealed class ListActivitiesHandler(SchoolCommunityCoordinationDbContext db, CoordinatorScopes scopes)
    : IQueryHandler<ListActivitiesQuery, IReadOnlyList<CollaborativeActivityResponse>>
{
    public async ValueTask<IReadOnlyList<CollaborativeActivityResponse>> Handle(ListActivitiesQuery q, CancellationToken cancellationToken)
    {
        var scope = await scopes.OfAsync(q.Caller, cancellationToken);
        var activities = db.Activities.AsNoTracking();
        if (scope.Districts is { } districts)
        {
            activities = activities.Where(a => districts.Contains(a.DistrictId));
        }
        if (q.DistrictId is { } district)
        {
            activities = activities.Where(a => a.DistrictId == district);
        }
        var listed = await activities.OrderByDescending(a => a.CreatedAt).Take(500).ToListAsync(cancellationToken);
        var sessions = await ActivityAccess.SessionsOfAsync(db, listed.ConvertAll(a => a.Id), cancellationToken);
        return listed.ConvertAll(a => CollaborativeActivityResponse.From(a, sessions[a.Id]));
    }
}
