using Manabi.TalentRegistry.Data;
using Mediator;

namespace Manabi.TalentRegistry.Features.People.GetMyPerson;

internal sealed record GetMyPersonQuery(string Subject) : IQuery<PersonResponse>;

internal sealed class GetMyPersonHandler(TalentRegistryDbContext db, TimeProvider clock) : IQueryHandler<GetMyPersonQuery, PersonResponse>
{
    public async ValueTask<PersonResponse> Handle(GetMyPersonQuery query, CancellationToken cancellationToken) =>
        PersonResponse.From(await PersonAccess.MineAsync(db, query.Subject, cancellationToken), clock.Today(), withContact: true);
}
