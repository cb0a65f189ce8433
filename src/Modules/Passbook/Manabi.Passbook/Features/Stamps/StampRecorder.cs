using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.BuildingBlocks.Contracts;
using Manabi.Passbook.Contracts;
using Manabi.Passbook.Data;
using Manabi.Passbook.Domain;
using Manabi.Passbook.Features.Commendations;
using Manabi.Passbook.Features.Learners;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Passbook.Features.Stamps;

/// <summary>
/// The one way a stamp is made, whichever path it comes by (attendance, check-in, bulk): one per
/// learner and session, only for open stamp-rally programmes, commendations kept in step.
/// </summary>
internal sealed class StampRecorder(PassbookDbContext db, TimeProvider clock)
{
    // admit: a path's own rule on the session (check-in's time window), run on the session this
    // lookup finds; it throws to refuse.
    public async Task<StampOutcome> RecordAsync(LockedLearner learner, Guid sessionId, Guid? callerProviderId, StampMethod method, string recordedBy,
        CancellationToken cancellationToken, Action<ProgrammeSession>? admit = null)
    {
        // One round trip for everything a stamp needs to know, because it runs for every stamp.
        var found = await db.ProgrammeSessions.AsNoTracking().Where(s => s.SessionId == sessionId)
            .Join(db.Programmes.AsNoTracking(), s => s.OpportunityId, p => p.OpportunityId, (s, p) => new { Session = s, Programme = p })
            .Select(x => new
            {
                x.Session,
                x.Programme,
                Existing = db.Stamps.AsNoTracking().FirstOrDefault(s => s.LearnerId == learner.Id && s.SessionId == sessionId && s.VoidedAt == null),
                Credits = db.Stamps.Where(s => s.LearnerId == learner.Id && s.VoidedAt == null).Sum(s => s.Credits),
                NextLevel = db.Levels.Where(l => l.Active && !db.Commendations.Any(c =>
                        c.LearnerId == learner.Id && c.LevelId == l.Id && c.Status != CommendationStatus.Withdrawn))
                    .Min(l => (decimal?)l.Credits),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null || callerProviderId is { } own && own != found.Programme.ProviderId)
        {
            throw StampErrors.SessionNotFound(); // another provider's session is "not found" to a partner
        }
        admit?.Invoke(found.Session);
        if (found.Existing is not null)
        {
            return Outcome(found.Existing, created: false);
        }
        if (!found.Programme.AcceptsStamps || found.Session.Cancelled)
        {
            throw new BusinessRuleException(new Text("この講座・開催回はスタンプの対象ではありません。", "This programme or session does not give stamps."), "not-accepting-stamps");
        }
        var now = clock.GetUtcNow();
        if (!found.Session.GivesStampsAt(now))
        {
            throw StampErrors.NotStarted();
        }
        var stamp = Stamp.Record(learner.Id, found.Session, found.Programme, method, recordedBy, now);
        db.Stamps.Add(stamp);
        db.Publish(new StampRecordedIntegrationEvent(stamp.Id, stamp.LearnerId, stamp.SessionId, stamp.OpportunityId, stamp.ProviderId, stamp.Credits, stamp.Method, stamp.RecordedAt));
        await db.SaveChangesAsync(cancellationToken);
        // Commendations change only when the new total reaches a level the learner does not hold.
        if (found.Credits + stamp.Credits >= found.NextLevel)
        {
            await CommendationEvaluator.EvaluateAsync(db, learner, stamp.RecordedAt, cancellationToken);
        }
        return Outcome(stamp, created: true);
    }

    public async Task<(ProgrammeSession Session, Programme Programme)> FindAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        // One round trip: this runs for every stamp.
        var found = await db.ProgrammeSessions.AsNoTracking().Where(s => s.SessionId == sessionId)
            .Join(db.Programmes.AsNoTracking(), s => s.OpportunityId, p => p.OpportunityId, (s, p) => new { Session = s, Programme = p })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null ? throw StampErrors.SessionNotFound() : (found.Session, found.Programme);
    }

    private static StampOutcome Outcome(Stamp s, bool created) =>
        new(s.Id, s.SessionId, s.OpportunityId, s.Credits, s.Method, JapanTime.Of(s.RecordedAt), created);
}
