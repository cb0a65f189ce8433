using Manabi.BuildingBlocks.Application;
using Manabi.BuildingBlocks.Data;
using Manabi.TalentRegistry.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.People.GetPerson;

/// <summary>A staff read of one person, contact included; the read is audited (APPI), and the person sees it in their export.</summary>
internal sealed record GetPersonQuery(Guid Id, string Reader) : IQuery<Versioned<PersonResponse>>;

internal sealed class GetPersonHandler(TalentRegistryDbContext db, TimeProvider clock) : IQueryHandler<GetPersonQuery, Versioned<PersonResponse>>
{
    public async ValueTask<Versioned<PersonResponse>> Handle(GetPersonQuery query, CancellationToken cancellationToken)
    {
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == query.Id, cancellationToken) ?? throw PersonErrors.NotFound();
        db.PersonalDataReads.Add(PersonalDataRead.Record(person.Id, query.Reader, "person", clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return new(PersonResponse.From(person, clock.Today(), withContact: true), person.Version);
    }
}
