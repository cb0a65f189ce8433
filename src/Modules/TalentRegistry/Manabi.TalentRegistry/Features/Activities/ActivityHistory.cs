using Manabi.TalentRegistry.Data;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.Activities;

internal static class ActivityHistory
{
    /// <summary>A person's activity, newest first (voided records included, marked, so the history explains itself).</summary>
    public static async Task<IReadOnlyList<ActivityResponse>> OfAsync(TalentRegistryDbContext db, Guid personId, CancellationToken cancellationToken) =>
        (await db.ActivityRecords.AsNoTracking().Where(r => r.PersonId == personId)
            .OrderByDescending(r => r.Date).ThenByDescending(r => r.Id).Take(1000).ToListAsync(cancellationToken))
        .ConvertAll(ActivityResponse.From);
}
