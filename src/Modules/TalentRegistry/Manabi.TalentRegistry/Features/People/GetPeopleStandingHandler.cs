using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.People;

internal sealed class GetPeopleStandingHandler(TalentRegistryDbContext db, TimeProvider clock) : IQueryHandler<GetPeopleStandingQuery, IReadOnlyList<PersonStanding>>
{
    public async ValueTask<IReadOnlyList<PersonStanding>> Handle(GetPeopleStandingQuery query, CancellationToken cancellationToken)
    {
        var ids = query.PersonIds.Distinct().ToList();
        var today = clock.Today();
        return (await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken))
            .ConvertAll(p => new PersonStanding(p.Id, p.StatusOn(today), p.Roles));
    }
}
