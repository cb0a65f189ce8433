using System.Collections.Concurrent;
using Manabi.Catalog.Data;
using Manabi.Catalog.Domain;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Classification;

/// <summary>
/// Venues as shown with sessions, read once per process: a venue never changes once registered
/// (there is no endpoint to change one), so every later read of an opportunity saves a round trip.
/// </summary>
internal sealed class VenueDirectory
{
    private readonly ConcurrentDictionary<Guid, Venue> _venues = new();

    public async Task<IReadOnlyDictionary<Guid, Venue>> FindAsync(CatalogDbContext db, IEnumerable<Guid?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<Guid>().Distinct().ToList();
        var missing = wanted.Where(id => !_venues.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            foreach (var venue in await db.Venues.AsNoTracking().Where(v => missing.Contains(v.Id)).ToListAsync(cancellationToken))
            {
                _venues[venue.Id] = venue;
            }
        }
        return wanted.Where(_venues.ContainsKey).ToDictionary(id => id, id => _venues[id]);
    }
}
