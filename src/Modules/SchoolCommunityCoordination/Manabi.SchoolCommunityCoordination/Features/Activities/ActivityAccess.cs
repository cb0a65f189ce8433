using Manabi.SchoolCommunityCoordination.Data;
using Manabi.SchoolCommunityCoordination.Domain;
using Manabi.SchoolCommunityCoordination.Features.Coordinators;
using Microsoft.EntityFrameworkCore;

namespace Manabi.SchoolCommunityCoordination.Features.Activities;

internal static class ActivityAccess
{
    /// <summary>The activity with its sessions, if the caller's scope covers its district; otherwise not found.</summary>
    public static async Task<CollaborativeActivity> InScopeAsync(SchoolCommunityCoordinationDbContext db, Guid id, CoordinatorScope scope,
        CancellationToken cancellationToken)
    {
        var activity = await db.Activities.Include(a => a.Sessions).ThenInclude(s => s.Participations).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return activity is not null && scope.Covers(activity.DistrictId) ? activity : throw ActivityErrors.NotFound();
    }
}
