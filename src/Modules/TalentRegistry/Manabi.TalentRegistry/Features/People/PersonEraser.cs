using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Data;
using Manabi.TalentRegistry.Domain;
using Manabi.TalentRegistry.Features.Leaders;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.People;

/// <summary>
/// Forgets a person's personal data (with the free text of their training records and the credentials that name them). Activity records and certifications stay, linked to the anonymous entry, so
/// 26-2 and past years of 24-2 do not move; the person leaves the register from now on.
/// </summary>
internal sealed class PersonEraser(TalentRegistryDbContext db, TimeProvider clock)
{
    public async Task EraseAsync(Person person, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var before = person.Status;
        person.Erase(now);
        // A credential names the person, so it stops verifying; the certification itself still counts (24-1).
        foreach (var certification in await db.LeaderCertifications.Where(c => c.PersonId == person.Id).ToListAsync(cancellationToken))
        {
            certification.Erase(now);
        }
        foreach (var training in await db.LeaderTrainings.Include(t => t.Trainees).Where(t => t.Trainees.Any(e => e.PersonId == person.Id)).ToListAsync(cancellationToken))
        {
            training.RequireTrainee(person.Id).ForgetPracticalActivitySummary();
        }
        if (person.Status != before)
        {
            db.Publish(new PersonStatusChangedIntegrationEvent(person.Id, person.Status, person.Roles, person.TermEndsOn, now));
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
