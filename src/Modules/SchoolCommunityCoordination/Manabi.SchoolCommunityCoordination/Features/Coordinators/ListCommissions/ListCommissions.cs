using Manabi.SchoolCommunityCoordination.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.SchoolCommunityCoordination.Features.Coordinators.ListCommissions;

/// <summary>Commissions, newest first.</summary>
internal sealed record ListCommissionsQuery : IQuery<IReadOnlyList<CommissionResponse>>;

internal sealed class ListCommissionsHandler(SchoolCommunityCoordinationDbContext db) : IQueryHandler<ListCommissionsQuery, IReadOnlyList<CommissionResponse>>
{
    public async ValueTask<IReadOnlyList<CommissionResponse>> Handle(ListCommissionsQuery q, CancellationToken cancellationToken) =>
        (await db.Commissions.AsNoTracking().OrderByDescending(c => c.From).Take(1000).ToListAsync(cancellationToken)).ConvertAll(CommissionResponse.Of);
}
