using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.People.ListActivePeopleWithRole;

internal sealed class ListActivePeopleWithRoleHandler(TalentRegistryDbContext db, TimeProvider clock) : IQueryHandler<ListActivePeopleWithRoleQuery, IReadOnlyList<Guid>>
{
    public async ValueTask<IReadOnlyList<Guid>> Handle(ListActivePeopleWithRoleQuery query, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        return await db.People.AsNoTracking()
            .Where(p => p.Status == PersonStatus.Active && (p.TermEndsOn == null || p.TermEndsOn >= today) && p.Roles.Contains(query.Role))
            .OrderBy(p => p.RegisteredAt).ThenBy(p => p.Id).Take(Math.Clamp(query.Take, 0, 1000)).Select(p => p.Id).ToListAsync(cancellationToken);
    }
}
