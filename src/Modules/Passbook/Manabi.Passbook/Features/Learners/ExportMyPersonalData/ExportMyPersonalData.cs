using Manabi.Passbook.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Passbook.Features.Learners.ExportMyPersonalData;

internal sealed record ExportPersonalDataQuery(LearnerReader Reader) : IQuery<PersonalDataExport>;

internal sealed class ExportPersonalDataHandler(PassbookDbContext db, TimeProvider clock) : IQueryHandler<ExportPersonalDataQuery, PersonalDataExport>
{
    public async ValueTask<PersonalDataExport> Handle(ExportPersonalDataQuery q, CancellationToken cancellationToken)
    {
        var l = await LearnerAccess.ResolveAsync(db, null, q.Reader, "export", clock, cancellationToken);
        var stamps = await db.Stamps.AsNoTracking().Where(s => s.LearnerId == l.Id).OrderBy(s => s.RecordedAt)
            .Select(s => new PersonalDataStamp(s.Id, s.SessionId, s.OpportunityId, s.Credits, s.Method, s.RecordedBy, s.RecordedAt, s.VoidedAt, s.VoidReason))
            .ToListAsync(cancellationToken);
        var commendations = await db.Commendations.AsNoTracking().Where(c => c.LearnerId == l.Id)
            .Select(c => new PersonalDataCommendation(c.Id, c.LevelId, c.Status, c.ReachedAt, c.AwardedOn)).ToListAsync(cancellationToken);
        var reads = await db.PersonalDataReads.AsNoTracking().Where(r => r.SubjectId == l.Id).OrderBy(r => r.ReadAt)
            .Select(r => new PersonalDataStaffRead(r.What, r.ReadAt)).ToListAsync(cancellationToken);
        return new(clock.GetUtcNow(), new PersonalDataLearner(l.Id, Domain.PassbookNumber.Parse(l.PassbookNumber).ToString(), l.DisplayName, l.NameKana,
            l.BirthYear, l.Area, l.Contact, l.ConsentPurpose, l.ConsentVersion, l.ConsentGivenAt, l.RegisteredAt, l.PassbooksIssued), stamps, commendations, reads);
    }
}
