using Manabi.BuildingBlocks.Application;
using Manabi.TalentRegistry.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.People.GetPerson;

internal sealed record GetPersonQuery(Guid Id) : IQuery<Versioned<PersonResponse>>;

internal sealed class GetPersonHandler(TalentRegistryDbContext db, TimeProvider clock) : IQueryHandler<GetPersonQuery, Versioned<PersonResponse>>
{
    public async ValueTask<Versioned<PersonResponse>> Handle(GetPersonQuery query, CancellationToken cancellationToken)
    {
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == query.Id, cancellationToken) ?? throw PersonErrors.NotFound();
        return new(PersonResponse.From(person, clock.Today(), withContact: false), person.Version);
    }
}
