using Manabi.Catalog.Data;
using Manabi.Catalog.Features.Providers;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.ApiKeys.ListApiKeys;

internal sealed record ListApiKeysQuery(Guid ProviderId) : IQuery<IReadOnlyList<ApiKeyResponse>>;

internal sealed class ListApiKeysHandler(CatalogDbContext db) : IQueryHandler<ListApiKeysQuery, IReadOnlyList<ApiKeyResponse>>
{
    public async ValueTask<IReadOnlyList<ApiKeyResponse>> Handle(ListApiKeysQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Providers.AnyAsync(p => p.Id == query.ProviderId, cancellationToken))
        {
            throw ProviderErrors.NotFound();
        }
        var keys = await db.PartnerApiKeys.AsNoTracking()
            .Where(k => k.ProviderId == query.ProviderId)
            .OrderBy(k => k.CreatedAt).ThenBy(k => k.KeyId)
            .ToListAsync(cancellationToken);
        return keys.ConvertAll(ApiKeyResponse.From);
    }
}
