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
        if (callerProviderId is { } own && own != providerId)
        {
            throw ProviderErrors.NotFound();
        }
        return await db.Providers.SingleOrDefaultAsync(p => p.Id == providerId, cancellationToken) ?? throw ProviderErrors.NotFound();
    }
}
