using Manabi.BuildingBlocks.Application;
using Manabi.Catalog.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Providers.GetProvider;

/// <summary>One provider; a partner may only read its own (others are "not found").</summary>
internal sealed record GetProviderQuery(Guid Id, Guid? PartnerProviderId) : IQuery<Versioned<ProviderResponse>>;

internal sealed class GetProviderHandler(CatalogDbContext db) : IQueryHandler<GetProviderQuery, Versioned<ProviderResponse>>
{
    public async ValueTask<Versioned<ProviderResponse>> Handle(GetProviderQuery query, CancellationToken cancellationToken)
    {
        if (query.PartnerProviderId is { } own && own != query.Id)
        {
            throw ProviderErrors.NotFound();
        }
        var provider = await db.Providers.AsNoTracking().SingleOrDefaultAsync(p => p.Id == query.Id, cancellationToken)
            ?? throw ProviderErrors.NotFound();
        return new(ProviderResponse.From(provider), provider.Version);
    }
}
