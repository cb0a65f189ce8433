using Manabi.Passbook.Contracts;
using Manabi.Passbook.Data;
using Manabi.Passbook.Domain;
using Manabi.Passbook.Features.Learners;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Passbook.Features.Commendations;

/// <summary>
/// Keeps a learner's commendations in line with their credits: reaching a level creates (or
/// reinstates) a pending commendation, falling below it withdraws it. Callers hold the learner's
/// row lock (<see cref="LockedLearner"/>) so concurrent stamps cannot both miss a crossing.
/// </summary>
internal static class CommendationEvaluator
{
    /// <summary>Call after the stamp change is saved (in the same transaction).</summary>
    public static async Task EvaluateAsync(PassbookDbContext db, LockedLearner learner, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var learnerId = learner.Id;
        var total = await db.Stamps.Where(s => s.LearnerId == learnerId && s.VoidedAt == null).SumAsync(s => s.Credits, cancellationToken);
        var levels = await db.Levels.AsNoTracking().Where(l => l.Active).ToListAsync(cancellationToken);
        var commendations = await db.Commendations.Where(c => c.LearnerId == learnerId).ToDictionaryAsync(c => c.LevelId, cancellationToken);
        foreach (var level in levels)
        {
            commendations.TryGetValue(level.Id, out var commendation);
            if (total >= level.Credits)
            {
                if (commendation is null)
                {
                    db.Commendations.Add(Commendation.Reach(learnerId, level.Id, now));
                }
                else if (!commendation.IsCurrent)
                {
                    commendation.Reinstate(now);
                }
            }
            else if (commendation is { IsCurrent: true })
            {
                // Indicators count awarded commendations, so only taking one back is news to them.
                if (commendation.Status == CommendationStatus.Awarded)
                {
                    db.Publish(new CommendationWithdrawnIntegrationEvent(commendation.Id, learnerId, level.Id));
                }
                commendation.Withdraw(now);
                // A credential for a commendation that no longer stands is revoked with it.
                foreach (var credential in await db.Credentials.Where(x => x.CommendationId == commendation.Id && x.RevokedAt == null).ToListAsync(cancellationToken))
                {
                    credential.Revoke("表彰が取り消されたため", now);
                }
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
