using Manabi.TalentRegistry.Data;
using Manabi.TalentRegistry.Features.Activities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.People.ExportMyTalentPersonalData;

/// <summary>Everything the register holds about the caller (APPI disclosure): the registration, the activity and the staff reads.</summary>
/// <param name="ExportedAt">When this export was made.</param>
/// <param name="Person">The registration, contact included.</param>
/// <param name="Activities">Every activity record, voided ones marked.</param>
/// <param name="StaffReads">When staff were shown the registration, and what.</param>
public sealed record TalentPersonalDataExport(DateTimeOffset ExportedAt, PersonResponse Person, IReadOnlyList<ActivityResponse> Activities,
    IReadOnlyList<TalentStaffRead> StaffReads);

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
        return new(clock.GetUtcNow(), PersonResponse.From(person, clock.Today(), withContact: true),
            await ActivityHistory.OfAsync(db, person.Id, cancellationToken), reads);
    }
}
