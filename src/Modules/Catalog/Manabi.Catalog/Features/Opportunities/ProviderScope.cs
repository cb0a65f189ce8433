using Manabi.Catalog.Data;
using Manabi.Catalog.Domain;
using Manabi.Catalog.Features.Providers;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Opportunities;

/// <summary>Who may act on a provider's records: staff on any, a partner system only on its own.</summary>
internal static class ProviderScope
{
    /// <summary>The provider, or 404 when it does not exist or is not the calling partner's.</summary>
    public static async Task<Provider> ResolveAsync(CatalogDbContext db, Guid providerId, Guid? callerProviderId, CancellationToken cancellationToken)
    {
        ThrowUnlessCallerMay(providerId, callerProviderId);
        return await db.Providers.SingleOrDefaultAsync(p => p.Id == providerId, cancellationToken) ?? throw ProviderErrors.NotFound();
    }

    /// <summary>
    /// The provider, for a change to its opportunities: changes to one provider's opportunities are
    /// applied one at a time (a lock held until commit), so two pushes of the same item without
    /// <c>If-Match</c> both succeed, the later one winning, instead of one failing on the other's
    /// insert or update. A partner's pushes queue on the feed's lock when they commit anyway.
    /// </summary>
    public static async Task<Provider> ResolveForChangeAsync(CatalogDbContext db, Guid providerId, Guid? callerProviderId, CancellationToken cancellationToken)
    {
        // Checked before the lock: a partner never waits on (or holds up) another provider's pushes.
        ThrowUnlessCallerMay(providerId, callerProviderId);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({"catalog.opportunities:" + providerId}, 0))", cancellationToken);
        return await db.Providers.SingleOrDefaultAsync(p => p.Id == providerId, cancellationToken) ?? throw ProviderErrors.NotFound();
    }

    private static void ThrowUnlessCallerMay(Guid providerId, Guid? callerProviderId)
    {
        if (callerProviderId is { } own && own != providerId)
        {
            throw ProviderErrors.NotFound();
        }
    }
}
