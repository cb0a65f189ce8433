using Manabi.Catalog.Domain;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Data;

/// <summary>
/// Hands out feed change numbers in commit order. A transaction takes a catalog-wide advisory lock
/// just before numbering its changes and keeps it until it commits, so a change with a lower number
/// is always visible before one with a higher number: a feed reader paging by change number can
/// never step past a change that commits later.
/// </summary>
internal static class FeedChanges
{
    public static async Task<long[]> NextAsync(CatalogDbContext db, int count, CancellationToken cancellationToken)
    {
        if (count == 0)
        {
            return [];
        }
        await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtextextended('catalog.feed', 0))", cancellationToken);
        return await db.Database
            .SqlQueryRaw<long>($"SELECT nextval('catalog.{CatalogDbContext.FeedSequence}') AS \"Value\" FROM generate_series(1, {{0}})", count)
            .ToArrayAsync(cancellationToken);
    }

    /// <summary>
    /// Gives each of a provider's opportunities a new change number: what feeds and search show of
    /// them changed with the provider (its status or its name).
    /// </summary>
    public static Task RenumberProviderAsync(CatalogDbContext db, Guid providerId, CancellationToken cancellationToken) =>
        RenumberAsync(db, db.Opportunities.Where(o => o.ProviderId == providerId), cancellationToken);

    /// <summary>Likewise for every opportunity with a session at a venue that changed.</summary>
    public static Task RenumberVenueAsync(CatalogDbContext db, Guid venueId, CancellationToken cancellationToken) =>
        RenumberAsync(db, db.Opportunities.Where(o => o.Sessions.Any(s => s.VenueId == venueId)), cancellationToken);

    private static async Task RenumberAsync(CatalogDbContext db, IQueryable<LearningOpportunity> changed, CancellationToken cancellationToken)
    {
        var opportunities = await changed.ToListAsync(cancellationToken);
        var numbers = await NextAsync(db, opportunities.Count, cancellationToken);
        for (var i = 0; i < opportunities.Count; i++)
        {
            opportunities[i].MarkChanged(numbers[i]);
        }
    }
}
