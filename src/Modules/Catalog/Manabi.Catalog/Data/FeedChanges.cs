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
}
