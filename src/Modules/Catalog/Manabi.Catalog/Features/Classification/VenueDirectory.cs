using Manabi.Catalog.Data;
using Manabi.Catalog.Domain;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Classification;

/// <summary>
/// The venues a set of sessions refers to, in one query. Not cached: staff can correct a venue,
/// and every replica must show the correction at once (the change renumbers the opportunities
/// held there, so search indexes and feed readers reload them through here).
/// </summary>
internal sealed class VenueDirectory
{
    public async Task<IReadOnlyDictionary<Guid, Venue>> FindAsync(CatalogDbContext db, IEnumerable<Guid?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<Guid>().Distinct().ToList();
        return wanted.Count == 0
            ? new Dictionary<Guid, Venue>()
            : await db.Venues.AsNoTracking().Where(v => wanted.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);
    }
}
