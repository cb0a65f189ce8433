using Manabi.Catalog.Contracts;
using Manabi.Catalog.Data;
using Manabi.Catalog.Domain;

namespace Manabi.Catalog.Features.Opportunities;

/// <summary>
/// The one rule for what the public sees: a published opportunity of an approved provider, unless
/// staff judged it a duplicate of another. Search,
/// the detail page, the feed and the index all ask here; the rule has a SQL, a LINQ and an in-memory
/// form because the hand-written search, EF queries and loaded rows each need their own.
/// </summary>
internal static class PublicVisibility
{
    /// <summary>For hand-written SQL where the opportunity is aliased <c>o</c> and its provider <c>p</c>.</summary>
    public const string Sql = "o.status = 'Published' AND o.duplicate_of IS NULL AND p.status = 'Approved'";

    public static bool IsPublic(OpportunityStatus opportunity, Guid? duplicateOf, ProviderStatus provider) =>
        opportunity == OpportunityStatus.Published && duplicateOf is null && provider == ProviderStatus.Approved;

    public static IQueryable<LearningOpportunity> PublicOpportunities(this CatalogDbContext db) =>
        db.Opportunities.Where(o => o.Status == OpportunityStatus.Published && o.DuplicateOf == null
            && db.Providers.Any(p => p.Id == o.ProviderId && p.Status == ProviderStatus.Approved));
}
