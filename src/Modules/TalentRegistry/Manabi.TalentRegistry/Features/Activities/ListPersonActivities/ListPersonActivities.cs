using Manabi.TalentRegistry.Data;
using Manabi.TalentRegistry.Features.People;
using Mediator;

namespace Manabi.TalentRegistry.Features.Activities.ListPersonActivities;

internal sealed record ListPersonActivitiesQuery(Guid PersonId) : IQuery<IReadOnlyList<ActivityResponse>>;

internal sealed class ListPersonActivitiesHandler(TalentRegistryDbContext db) : IQueryHandler<ListPersonActivitiesQuery, IReadOnlyList<ActivityResponse>>
{
    public async ValueTask<IReadOnlyList<ActivityResponse>> Handle(ListPersonActivitiesQuery query, CancellationToken cancellationToken)
    {
        var person = await PersonAccess.ByIdAsync(db, query.PersonId, cancellationToken);
        return await ActivityHistory.OfAsync(db, person.Id, cancellationToken);
    }
}
