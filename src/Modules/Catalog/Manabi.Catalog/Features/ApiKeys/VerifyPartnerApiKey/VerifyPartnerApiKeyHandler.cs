using Manabi.BuildingBlocks.Security;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.ApiKeys.VerifyPartnerApiKey;

internal sealed class VerifyPartnerApiKeyHandler(CatalogDbContext db, ApiKeySecrets secrets, VerifiedKeyCache cache, TimeProvider clock)
    : IQueryHandler<VerifyPartnerApiKeyQuery, PartnerIdentity?>
{
    private static readonly byte[] NoSuchKey = new byte[32];

    public async ValueTask<PartnerIdentity?> Handle(VerifyPartnerApiKeyQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (cache.Find(query.KeyId) is { } cached)
        {
            return secrets.Matches(query.Secret, cached.SecretHash) && cached.IsActiveAt(now) ? new PartnerIdentity(cached.ProviderId, cached.KeyId) : null;
        }
        var generation = cache.Generation;
        var found = await db.PartnerApiKeys.AsNoTracking()
            .Where(k => k.KeyId == query.KeyId)
            .Join(db.Providers, k => k.ProviderId, p => p.Id, (k, p) => new { Key = k, Provider = p })
            .SingleOrDefaultAsync(cancellationToken);
        // Hash even for unknown ids so response time does not reveal which key ids exist.
        var matches = secrets.Matches(query.Secret, found?.Key.SecretHash ?? NoSuchKey);
        if (found is null || !matches || !found.Key.IsActiveAt(now) || !found.Provider.MayUseApi)
        {
            return null;
        }
        cache.Remember(found.Key, generation);
        return new PartnerIdentity(found.Key.ProviderId, found.Key.KeyId);
    }
}
