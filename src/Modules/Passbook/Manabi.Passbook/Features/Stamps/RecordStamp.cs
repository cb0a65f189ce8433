using System.Text.Json.Serialization;
using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Passbook.Contracts;
using Manabi.Passbook.Data;
using Manabi.Passbook.Domain;
using Manabi.Passbook.Features.Commendations;
using Manabi.Passbook.Features.Learners;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Passbook.Features.Stamps;

/// <summary>Record that a passbook holder attended a session (the provider's system or staff).</summary>
/// <param name="PassbookNumber">The number on the card, with or without hyphens.</param>
/// <param name="SessionId">The Catalog session attended.</param>
public sealed record RecordStampCommand(string? PassbookNumber, Guid? SessionId) : ICommand<StampOutcome>
{
    /// <summary>Set for a partner system: it may stamp only its own provider's sessions.</summary>
    [JsonIgnore] internal Guid? CallerProviderId { get; init; }

    [JsonIgnore] internal string RecordedBy { get; init; } = "";
}

/// <summary>The stamp, and whether this request created it (false: it already existed).</summary>
/// <param name="StampId">Stamp id.</param>
/// <param name="SessionId">Session.</param>
/// <param name="OpportunityId">Programme.</param>
/// <param name="Credits">Credits it earned.</param>
/// <param name="Method">How it was recorded.</param>
/// <param name="RecordedAt">When.</param>
/// <param name="Created">False when the learner already had this stamp: nothing was added.</param>
public sealed record StampOutcome(Guid StampId, Guid SessionId, Guid OpportunityId, decimal Credits, StampMethod Method, DateTimeOffset RecordedAt, bool Created);

internal sealed class RecordStampValidator : AbstractValidator<RecordStampCommand>
{
    public RecordStampValidator()
    {
        RuleFor(c => c.PassbookNumber).NotEmpty().Must(n => Domain.PassbookNumber.TryParse(n, out _))
            .Named("学習手帳番号", "passbookNumber")
            .Says("学習手帳番号が正しくありません（数字の誤りや入れ替わりを確認してください）。",
                "This is not a valid passbook number: check for a mistyped or swapped digit.");
        RuleFor(c => c.SessionId).NotEmpty().Named("開催回", "sessionId");
    }
}

internal sealed class RecordStampHandler(PassbookDbContext db, StampRecorder recorder) : ICommandHandler<RecordStampCommand, StampOutcome>
{
    public async ValueTask<StampOutcome> Handle(RecordStampCommand c, CancellationToken cancellationToken)
    {
        var learner = await LearnerLock.ByPassbookNumberAsync(db, Domain.PassbookNumber.Parse(c.PassbookNumber!).Digits, cancellationToken)
            ?? throw StampErrors.PassbookNotFound();
        return await recorder.RecordAsync(learner, c.SessionId!.Value, c.CallerProviderId, StampMethod.Attendance, c.RecordedBy, cancellationToken);
    }
}

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
        var stamp = Stamp.Record(learner.Id, found.Session, found.Programme, method, recordedBy, clock.GetUtcNow());
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
        new(s.Id, s.SessionId, s.OpportunityId, s.Credits, s.Method, s.RecordedAt.ToOffset(TimeSpan.FromHours(9)), created);
}

internal static class StampErrors
{
    public static NotFoundException PassbookNotFound() => new(new Text("この番号の学習手帳はありません。", "No passbook has this number."));

    public static NotFoundException SessionNotFound() => new(new Text("スタンプラリーの開催回が見つかりません。", "No such stamp-rally session."));
}
