using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Application;
using Manabi.BuildingBlocks.Security;
using Manabi.Passbook.Data;
using Manabi.Passbook.Domain;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Passbook.Features.Learners;

internal static class LearnerAccess
{
    /// <summary>
    /// The learner the caller may read: <paramref name="id"/> for staff (the read is audited), the
    /// caller's own record for a learner. Anyone else's answers 404, as if it did not exist.
    /// </summary>
    public static async Task<Learner> ResolveAsync(PassbookDbContext db, Guid? id, LearnerReader reader, string what, TimeProvider clock, CancellationToken cancellationToken)
    {
        var learner = await db.Learners.AsNoTracking()
            .SingleOrDefaultAsync(l => (id == null || l.Id == id) && (reader.IsStaff ? id != null : l.Subject == reader.Subject), cancellationToken)
            ?? throw new NotFoundException(new Text("学習手帳が見つかりません。", "No such passbook."));
        if (reader.IsStaff)
        {
            db.PersonalDataReads.Add(PersonalDataRead.Record(learner.Id, $"{Roles.Staff}:{reader.Subject}", what, clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
        }
        return learner;
    }
}
