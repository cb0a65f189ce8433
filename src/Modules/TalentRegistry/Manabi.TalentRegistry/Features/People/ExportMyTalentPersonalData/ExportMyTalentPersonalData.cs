using Manabi.TalentRegistry.Data;
using Manabi.TalentRegistry.Features.Activities;
using Manabi.TalentRegistry.Features.Leaders;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.People.ExportMyTalentPersonalData;

/// <summary>Everything the register holds about the caller (APPI disclosure): the registration, the activity, the staff reads, trainings and certifications.</summary>
/// <param name="ExportedAt">When this export was made.</param>
/// <param name="Person">The registration, contact included.</param>
/// <param name="Activities">Every activity record, voided ones marked.</param>
/// <param name="StaffReads">When staff were shown the registration, and what.</param>
/// <param name="Trainings">Leader trainings the person was enrolled in, with attendance.</param>
/// <param name="Certifications">Leader certifications, with their credentials.</param>
public sealed record TalentPersonalDataExport(DateTimeOffset ExportedAt, PersonResponse Person, IReadOnlyList<ActivityResponse> Activities,
    IReadOnlyList<TalentStaffRead> StaffReads, IReadOnlyList<TalentTrainingRecord> Trainings, IReadOnlyList<CertificationResponse> Certifications);

/// <summary>The person's part in one leader training.</summary>
/// <param name="TrainingId">The training.</param>
/// <param name="TrainingName">Its name.</param>
/// <param name="AttendedSessions">Sessions attended.</param>
/// <param name="PracticalActivityOn">When their practical activity took place.</param>
/// <param name="PracticalActivitySummary">What they did.</param>
public sealed record TalentTrainingRecord(
    Guid TrainingId, string TrainingName, IReadOnlyList<int> AttendedSessions, DateOnly? PracticalActivityOn, string? PracticalActivitySummary);

/// <summary>One staff read of the person's data.</summary>
/// <param name="What">What was shown.</param>
/// <param name="ReadAt">When.</param>
public sealed record TalentStaffRead(string What, DateTimeOffset ReadAt);

internal sealed record ExportMyTalentPersonalDataQuery(string Subject) : IQuery<TalentPersonalDataExport>;

internal sealed class ExportMyTalentPersonalDataHandler(TalentRegistryDbContext db, TimeProvider clock) : IQueryHandler<ExportMyTalentPersonalDataQuery, TalentPersonalDataExport>
{
    public async ValueTask<TalentPersonalDataExport> Handle(ExportMyTalentPersonalDataQuery query, CancellationToken cancellationToken)
    {
        var person = await PersonAccess.MineAsync(db, query.Subject, cancellationToken);
        var reads = await db.PersonalDataReads.AsNoTracking().Where(r => r.SubjectId == person.Id).OrderBy(r => r.ReadAt)
            .Select(r => new TalentStaffRead(r.What, r.ReadAt)).ToListAsync(cancellationToken);
        var trainings = await db.LeaderTrainings.AsNoTracking().SelectMany(t => t.Trainees.Where(e => e.PersonId == person.Id)
                .Select(e => new TalentTrainingRecord(t.Id, t.Name, e.AttendedSessions, e.PracticalActivityOn, e.PracticalActivitySummary)))
            .ToListAsync(cancellationToken);
        var certifications = await db.LeaderCertifications.AsNoTracking().Where(c => c.PersonId == person.Id).OrderBy(c => c.CertifiedOn)
            .ToListAsync(cancellationToken);
        return new(clock.GetUtcNow(), PersonResponse.From(person, clock.Today(), withContact: true),
            await ActivityHistory.OfAsync(db, person.Id, cancellationToken), reads, trainings, certifications.ConvertAll(CertificationResponse.From));
    }
}
