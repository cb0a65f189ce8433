using Manabi.TalentRegistry.Data;
using Manabi.TalentRegistry.Features.People;
using Mediator;

namespace Manabi.TalentRegistry.Features.Activities.ListMyActivities;

internal sealed record ListMyActivitiesQuery(string Subject) : IQuery<IReadOnlyList<ActivityResponse>>;

internal sealed class ListMyActivitiesHandler(TalentRegistryDbContext db) : IQueryHandler<ListMyActivitiesQuery, IReadOnlyList<ActivityResponse>>
{
    public async ValueTask<IReadOnlyList<ActivityResponse>> Handle(ListMyActivitiesQuery query, CancellationToken cancellationToken)
    {
        var person = await PersonAccess.MineAsync(db, query.Subject, cancellationToken);
        return await ActivityHistory.OfAsync(db, person.Id, cancellationToken);
    }
}
