using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Data;
using Manabi.TalentRegistry.Domain;

namespace Manabi.TalentRegistry.Features.People;

/// <summary>
/// Forgets a person's personal data. Activity records stay, linked to the anonymous entry, so
/// 26-2 and past years of 24-2 do not move; the person leaves the register from now on.
/// </summary>
internal sealed class PersonEraser(TalentRegistryDbContext db, TimeProvider clock)
{
    public async Task EraseAsync(Person person, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var before = person.Status;
        person.Erase(now);
        if (person.Status != before)
        {
            db.Publish(new PersonStatusChangedIntegrationEvent(person.Id, person.Status, person.Roles, person.TermEndsOn, now));
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
