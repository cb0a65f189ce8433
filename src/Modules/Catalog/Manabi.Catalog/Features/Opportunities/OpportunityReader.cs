using Manabi.Catalog.Data;
using Manabi.Catalog.Domain;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Opportunities;

/// <summary>Loads opportunities with what their representation needs (provider, sessions, venues).</summary>
internal static class OpportunityReader
{
    public static async Task<List<OpportunityResponse>> LoadAsync(CatalogDbContext db, IQueryable<LearningOpportunity> query, CancellationToken cancellationToken)
    {
        var (opportunities, providers, venues) = await LoadGraphAsync(db, query, cancellationToken);
        return opportunities.ConvertAll(o => OpportunityResponse.From(o, providers[o.ProviderId], venues));
    }

    /// <summary>The opportunities with their sessions, and the providers and venues they refer to.</summary>
    public static async Task<(List<LearningOpportunity> Opportunities, Dictionary<Guid, Provider> Providers, Dictionary<Guid, Venue> Venues)> LoadGraphAsync(
        CatalogDbContext db, IQueryable<LearningOpportunity> query, CancellationToken cancellationToken)
    {
        var opportunities = await query.AsNoTracking().Include(o => o.Sessions).AsSplitQuery().ToListAsync(cancellationToken);
        var providerIds = opportunities.Select(o => o.ProviderId).Distinct().ToList();
        var providers = await db.Providers.AsNoTracking().Where(p => providerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var venueIds = opportunities.SelectMany(o => o.Sessions).Select(s => s.VenueId).OfType<Guid>().Distinct().ToList();
        var venues = await db.Venues.AsNoTracking().Where(v => venueIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);
        return (opportunities, providers, venues);
    }
}
