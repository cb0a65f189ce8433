using Manabi.Catalog.Data;
using Manabi.Catalog.Domain;
using Manabi.Catalog.Features.Classification;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Opportunities;

/// <summary>Loads opportunities with what their representation needs (provider, sessions, venues).</summary>
internal sealed class OpportunityReader(CatalogDbContext db, VenueDirectory venueDirectory)
{
    public async Task<List<OpportunityResponse>> LoadAsync(IQueryable<LearningOpportunity> query, CancellationToken cancellationToken)
    {
        var (opportunities, providers, venues) = await LoadGraphAsync(query, cancellationToken);
        return opportunities.ConvertAll(o => OpportunityResponse.From(o, providers[o.ProviderId], venues));
    }

    /// <summary>The opportunities with their sessions, and the providers and venues they refer to.</summary>
    public async Task<(List<LearningOpportunity> Opportunities, Dictionary<Guid, Provider> Providers, IReadOnlyDictionary<Guid, Venue> Venues)> LoadGraphAsync(
        IQueryable<LearningOpportunity> query, CancellationToken cancellationToken)
    {
        var opportunities = await query.AsNoTracking().Include(o => o.Sessions).AsSplitQuery().ToListAsync(cancellationToken);
        var providerIds = opportunities.Select(o => o.ProviderId).Distinct().ToList();
        var providers = await db.Providers.AsNoTracking().Where(p => providerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var venues = await venueDirectory.FindAsync(db, opportunities.SelectMany(o => o.Sessions).Select(s => s.VenueId), cancellationToken);
        return (opportunities, providers, venues);
    }
}
