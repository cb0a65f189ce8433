using Manabi.SchoolCommunityCoordination.Domain;
using Microsoft.EntityFrameworkCore;

namespace Manabi.SchoolCommunityCoordination.Data;

/// <summary>
/// Keeps <see cref="ActivityYear"/> true: after sessions are saved, their activities' years are
/// recounted from the rows in the same transaction. Writers lock the activity first
/// (<see cref="LockAsync"/>), so two of them never recount one activity from different views.
/// </summary>
internal static class ActivityYears
{
    /// <summary>Locks the activities' rows until the transaction ends, in id order so two writers cannot deadlock.</summary>
    public static async Task LockAsync(SchoolCommunityCoordinationDbContext db, IReadOnlyCollection<Guid> activityIds, CancellationToken cancellationToken)
    {
        if (activityIds.Count > 0)
        {
            var ids = activityIds.ToArray();
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"SELECT 1 FROM school_community.activities WHERE id = ANY({ids}) ORDER BY id FOR UPDATE", cancellationToken);
        }
    }

    /// <summary>The activities whose sessions this context may change.</summary>
    public static HashSet<Guid> Tracked(SchoolCommunityCoordinationDbContext db) =>
        db.ChangeTracker.Entries<CollaborationSession>().Select(e => e.Entity.ActivityId).ToHashSet();

    public static async Task RecountAsync(SchoolCommunityCoordinationDbContext db, HashSet<Guid> activityIds, CancellationToken cancellationToken)
    {
        var ids = activityIds.ToArray();
        // The fiscal year runs April to March: a date three months earlier falls in its starting calendar year.
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            DELETE FROM school_community.activity_years WHERE activity_id = ANY({ids});
            INSERT INTO school_community.activity_years
                (activity_id, fiscal_year, held_sessions, registered_participations, unregistered_helpers, children)
            SELECT s.activity_id, extract(year FROM s.date - interval '3 months')::int, count(*), coalesce(sum(p.n), 0),
                   sum(s.unregistered_helpers), sum(s.children)
            FROM school_community.collaboration_sessions s
            CROSS JOIN LATERAL (SELECT count(*) AS n FROM school_community.participations p WHERE p.session_id = s.id) p
            WHERE s.activity_id = ANY({ids}) AND s.status = 'Held'
            GROUP BY 1, 2
            """, cancellationToken);
    }
}
