using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Catalog.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Classification.ListVenues;

internal sealed record ListVenuesQuery(string? Area) : IQuery<IReadOnlyList<VenueResponse>>;

internal sealed class ListVenuesValidator : AbstractValidator<ListVenuesQuery>
{
    public ListVenuesValidator() => RuleFor(q => q.Area).MaximumLength(50).Named("地域", "area");
}

internal sealed class ListVenuesHandler(CatalogDbContext db) : IQueryHandler<ListVenuesQuery, IReadOnlyList<VenueResponse>>
{
    public async ValueTask<IReadOnlyList<VenueResponse>> Handle(ListVenuesQuery query, CancellationToken cancellationToken)
    {
        var venues = db.Venues.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Area))
        {
            venues = venues.Where(v => v.Area == query.Area);
        }
        return (await venues.OrderBy(v => v.NameKana).ThenBy(v => v.Id).Take(2000).ToListAsync(cancellationToken)).ConvertAll(VenueResponse.From);
    }
}
