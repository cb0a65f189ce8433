using Manabi.Passbook.Data;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Passbook.Features.Learners;

/// <summary>
/// Finds a learner and locks their row in one round trip (it runs for every stamp). NO KEY UPDATE
/// serializes stamp changes just the same, but does not wait for transactions that merely
/// reference the learner (a stamp insert's foreign-key check takes KEY SHARE on the row).
/// An erased learner keeps a number only because the column is unique; it finds no one.
/// </summary>
internal static class LearnerLock
{
    public static Task<LockedLearner?> ByIdAsync(PassbookDbContext db, Guid id, CancellationToken cancellationToken) =>
        LockAsync(db.Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM passbook.learners WHERE id = {id} FOR NO KEY UPDATE"), cancellationToken);

    public static Task<LockedLearner?> ByPassbookNumberAsync(PassbookDbContext db, string digits, CancellationToken cancellationToken) =>
        LockAsync(db.Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM passbook.learners WHERE passbook_number = {digits} AND erased_at IS NULL FOR NO KEY UPDATE"), cancellationToken);

    public static Task<LockedLearner?> BySubjectAsync(PassbookDbContext db, string subject, CancellationToken cancellationToken) =>
        LockAsync(db.Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM passbook.learners WHERE subject = {subject} FOR NO KEY UPDATE"), cancellationToken);

    private static async Task<LockedLearner?> LockAsync(IQueryable<Guid> query, CancellationToken cancellationToken)
    {
        // Not composed (no LIMIT around it): the row-lock clause must stay the statement's own.
        var ids = await query.ToListAsync(cancellationToken);
        return ids.Count == 0 ? null : new LockedLearner(ids[0]);
    }
}
