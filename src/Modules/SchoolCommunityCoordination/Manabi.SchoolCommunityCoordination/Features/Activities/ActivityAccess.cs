using Manabi.SchoolCommunityCoordination.Data;
using Manabi.SchoolCommunityCoordination.Domain;
using Manabi.SchoolCommunityCoordination.Features.Coordinators;
using Microsoft.EntityFrameworkCore;

namespace Manabi.SchoolCommunityCoordination.Features.Activities;

internal static class ActivityAccess
{
    /// <summary>The activity, if the caller's scope covers its district; otherwise not found.</summary>
    public static async Task<CollaborativeActivity> InScopeAsync(SchoolCommunityCoordinationDbContext db, Guid id, CoordinatorScope scope,
        CancellationToken cancellationToken)
    {
        var activity = await db.Activities.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return activity is not null && scope.Covers(activity.DistrictId) ? activity : throw ActivityErrors.NotFound();
    }

    /// <summary>The activity as <see cref="InScopeAsync"/>, locked so its sessions are recorded one writer at a time.</summary>
    public static async Task<CollaborativeActivity> ForRecordingAsync(SchoolCommunityCoordinationDbContext db, Guid id, CoordinatorScope scope,
        CancellationToken cancellationToken)
    {
        await ActivityYears.LockAsync(db, [id], cancellationToken);
        return await InScopeAsync(db, id, scope, cancellationToken);
    }

    /// <summary>Sessions of these activities, untracked, for reading.</summary>
    public static async Task<ILookup<Guid, CollaborationSession>> SessionsOfAsync(SchoolCommunityCoordinationDbContext db, IReadOnlyCollection<Guid> activityIds,
        CancellationToken cancellationToken) =>
        (await db.Sessions.AsNoTracking().Where(s => activityIds.Contains(s.ActivityId)).ToListAsync(cancellationToken)).ToLookup(s => s.ActivityId);
}
