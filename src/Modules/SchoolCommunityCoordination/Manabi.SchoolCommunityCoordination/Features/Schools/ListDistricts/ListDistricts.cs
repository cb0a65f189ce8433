using Manabi.SchoolCommunityCoordination.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.SchoolCommunityCoordination.Features.Schools.ListDistricts;

/// <summary>Every district with its schools (a city has tens of them, not thousands).</summary>
internal sealed record ListDistrictsQuery : IQuery<IReadOnlyList<DistrictResponse>>;

internal sealed class ListDistrictsHandler(SchoolCommunityCoordinationDbContext db) : IQueryHandler<ListDistrictsQuery, IReadOnlyList<DistrictResponse>>
{
    public async ValueTask<IReadOnlyList<DistrictResponse>> Handle(ListDistrictsQuery q, CancellationToken cancellationToken)
    {
        var districts = await db.Districts.AsNoTracking().OrderBy(d => d.Code).ToListAsync(cancellationToken);
        var schools = (await db.Schools.AsNoTracking().OrderBy(s => s.Code).ToListAsync(cancellationToken)).ToLookup(s => s.DistrictId);
        return districts.ConvertAll(d => new DistrictResponse(d.Id, d.Code, d.Name, [.. schools[d.Id].Select(SchoolResponse.From)]));
    }
}
