using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.People.FindPersonByLogin;

internal sealed class FindPersonByLoginHandler(TalentRegistryDbContext db, TimeProvider clock) : IQueryHandler<FindPersonByLoginQuery, PersonStanding?>
{
    public async ValueTask<PersonStanding?> Handle(FindPersonByLoginQuery query, CancellationToken cancellationToken) =>
        await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Subject == query.Subject, cancellationToken) is { } person
            ? new PersonStanding(person.Id, person.StatusOn(clock.Today()), person.Roles)
            : null;
}
