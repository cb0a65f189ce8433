using Manabi.BuildingBlocks.Security;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.ApiKeys.VerifyPartnerApiKey;

internal sealed class VerifyPartnerApiKeyHandler(CatalogDbContext db, ApiKeySecrets secrets, TimeProvider clock)
    : IQueryHandler<VerifyPartnerApiKeyQuery, PartnerIdentity?>
{
    private static readonly byte[] NoSuchKey = new byte[32];

    public async ValueTask<PartnerIdentity?> Handle(VerifyPartnerApiKeyQuery query, CancellationToken cancellationToken)
    {
        var found = await db.PartnerApiKeys.AsNoTracking()
            .Where(k => k.KeyId == query.KeyId)
            .Join(db.Providers, k => k.ProviderId, p => p.Id, (k, p) => new { Key = k, Provider = p })
            .SingleOrDefaultAsync(cancellationToken);
        // Hash even for unknown ids so response time does not reveal which key ids exist.
        var matches = secrets.Matches(query.Secret, found?.Key.SecretHash ?? NoSuchKey);
        if (found is null || !matches || !found.Key.IsActiveAt(clock.GetUtcNow()) || !found.Provider.MayUseApi)
        {
            return null;
        }
        return new PartnerIdentity(found.Key.ProviderId, found.Key.KeyId);
    }
}
