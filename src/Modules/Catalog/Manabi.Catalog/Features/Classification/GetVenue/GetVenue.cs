using Manabi.BuildingBlocks.Application;
using Manabi.Catalog.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Classification.GetVenue;

internal sealed record GetVenueQuery(Guid Id) : IQuery<Versioned<VenueResponse>>;

internal sealed class GetVenueHandler(CatalogDbContext db) : IQueryHandler<GetVenueQuery, Versioned<VenueResponse>>
{
    public async ValueTask<Versioned<VenueResponse>> Handle(GetVenueQuery query, CancellationToken cancellationToken)
    {
        var venue = await db.Venues.AsNoTracking().SingleOrDefaultAsync(v => v.Id == query.Id, cancellationToken) ?? throw VenueErrors.NotFound();
        return new(VenueResponse.From(venue), venue.Version);
    }
}
