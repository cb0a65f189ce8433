using Manabi.BuildingBlocks.Contracts;
using Manabi.SchoolCommunityCoordination.Contracts;
using Manabi.SchoolCommunityCoordination.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Manabi.SchoolCommunityCoordination.Data;

/// <summary>
/// Keeps <see cref="ActivityYear"/> true: each save adds what it changes (a session held, cancelled,
/// moved to another date, volunteers added or taken off) to its activity's years, as increments in the
/// same transaction, so the cost follows the change and not every session the activity ever had.
/// </summary>
internal static class ActivityYears
{
    /// <summary>Locks the activities' rows until the transaction ends (in id order, so two writers cannot deadlock): one writer records an activity's sessions at a time.</summary>
    public static async Task LockAsync(SchoolCommunityCoordinationDbContext db, IReadOnlyCollection<Guid> activityIds, CancellationToken cancellationToken)
    {
        if (activityIds.Count > 0)
        {
            var ids = activityIds.ToArray();
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"SELECT 1 FROM school_community.activities WHERE id = ANY({ids}) ORDER BY id FOR UPDATE", cancellationToken);
        }
    }

    /// <summary>What the pending changes do to each (activity, fiscal year): the sessions as loaded count out, as they are now count in.</summary>
    public static List<(Guid ActivityId, int FiscalYear, Counts Change)> Changes(ChangeTracker tracker)
    {
        tracker.DetectChanges();
        var participations = tracker.Entries<Participation>().ToLookup(p => p.Entity.SessionId);
        var changes = new Dictionary<(Guid, int), Counts>();
        foreach (var entry in tracker.Entries<CollaborationSession>())
        {
            var own = participations[entry.Entity.Id].ToList();
            if (entry.State != EntityState.Added && Held(entry.OriginalValues) is { } before)
            {
                Add(entry.Entity.ActivityId, before.Date, -new Counts(1, own.Count(p => p.State != EntityState.Added), before.Unregistered, before.Children));
            }
            if (entry.State != EntityState.Deleted && Held(entry.CurrentValues) is { } after)
            {
                Add(entry.Entity.ActivityId, after.Date, new Counts(1, own.Count(p => p.State != EntityState.Deleted), after.Unregistered, after.Children));
            }
        }
        return [.. changes.Where(c => c.Value != default).Select(c => (c.Key.Item1, c.Key.Item2, c.Value))];

        void Add(Guid activityId, DateOnly date, Counts counts)
        {
            var key = (activityId, FiscalYear.OfDate(date).StartYear);
            changes[key] = changes.GetValueOrDefault(key) + counts;
        }
    }

    public static async Task ApplyAsync(SchoolCommunityCoordinationDbContext db, List<(Guid ActivityId, int FiscalYear, Counts Change)> changes,
        CancellationToken cancellationToken)
    {
        if (changes.Count == 0)
        {
            return;
        }
        var (ids, years) = (changes.ConvertAll(c => c.ActivityId).ToArray(), changes.ConvertAll(c => c.FiscalYear).ToArray());
        var (held, registered) = (changes.ConvertAll(c => c.Change.Held).ToArray(), changes.ConvertAll(c => c.Change.Registered).ToArray());
        var (unregistered, children) = (changes.ConvertAll(c => c.Change.Unregistered).ToArray(), changes.ConvertAll(c => c.Change.Children).ToArray());
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO school_community.activity_years AS y
                (activity_id, fiscal_year, held_sessions, registered_participations, unregistered_helpers, children)
            SELECT * FROM unnest({ids}, {years}, {held}, {registered}, {unregistered}, {children})
            ON CONFLICT (activity_id, fiscal_year) DO UPDATE SET
                held_sessions = y.held_sessions + excluded.held_sessions,
                registered_participations = y.registered_participations + excluded.registered_participations,
                unregistered_helpers = y.unregistered_helpers + excluded.unregistered_helpers,
                children = y.children + excluded.children
            """, cancellationToken);
    }

    private static (DateOnly Date, int Unregistered, int Children)? Held(PropertyValues values) =>
        values.GetValue<CollaborationSessionStatus>(nameof(CollaborationSession.Status)) == CollaborationSessionStatus.Held
            ? (values.GetValue<DateOnly>(nameof(CollaborationSession.Date)), values.GetValue<int>(nameof(CollaborationSession.UnregisteredHelpers)),
                values.GetValue<int>(nameof(CollaborationSession.Children)))
            : null;
}

/// <summary>Held sessions, registered participations, unregistered helpers and children: what an activity's year adds up.</summary>
internal readonly record struct Counts(int Held, int Registered, int Unregistered, int Children)
{
    public static Counts operator +(Counts a, Counts b) => new(a.Held + b.Held, a.Registered + b.Registered, a.Unregistered + b.Unregistered, a.Children + b.Children);

    public static Counts operator -(Counts a) => new(-a.Held, -a.Registered, -a.Unregistered, -a.Children);
}
