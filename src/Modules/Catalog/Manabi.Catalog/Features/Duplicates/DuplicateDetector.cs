using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Messaging;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Data;
using Manabi.Catalog.Domain;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Duplicates;

/// <summary>
/// Looks for other providers' public opportunities that resemble one that was just published or
/// changed: title similarity (trigrams of the folded title) of at least <see cref="MinimumSimilarity"/>,
/// overlapping dates, and the same venue or field. Runs after the push, from the outbox, so partners
/// never wait for it.
/// </summary>
internal sealed class DuplicateDetector(CatalogDbContext db, TimeProvider clock)
{
    public const double MinimumSimilarity = 0.5;

    // Just under the bar, whether the operator's comparison is strict or not; the check below keeps the bar.
    private const string IndexThreshold = "0.49";

    public async Task DetectAsync(Guid opportunityId, CancellationToken cancellationToken)
    {
        var subject = await db.Opportunities.AsNoTracking().Include(o => o.Sessions)
            .SingleOrDefaultAsync(o => o.Id == opportunityId && o.Status == OpportunityStatus.Published, cancellationToken);
        if (subject is null)
        {
            return; // changed again since, and no longer public
        }
        // The trigram index returns titles over the session's threshold (0.3 by default); at just under
        // the detector's own bar it reads far fewer rows (62 → 36 ms a check among 100,000 similar
        // titles). Local to the consumer's transaction.
        await db.Database.ExecuteSqlAsync($"SELECT set_config('pg_trgm.similarity_threshold', {IndexThreshold}, true)", cancellationToken);
        var similar = await db.Database.SqlQuery<SimilarTitle>($"""
            SELECT o.id AS id, similarity(o.search_title, {subject.SearchTitle}) AS similarity
            FROM catalog.learning_opportunities o
            WHERE o.provider_id <> {subject.ProviderId} AND o.status = 'Published' AND o.search_title % {subject.SearchTitle}
            ORDER BY 2 DESC LIMIT 20
            """).Where(s => s.Similarity >= MinimumSimilarity).ToListAsync(cancellationToken);
        if (similar.Count == 0)
        {
            return;
        }
        var ids = similar.ConvertAll(s => s.Id);
        var others = await db.Opportunities.AsNoTracking().Include(o => o.Sessions).Where(o => ids.Contains(o.Id)).ToListAsync(cancellationToken);
        var known = await db.DuplicateCandidates.AsNoTracking()
            .Where(c => (c.FirstOpportunityId == subject.Id && ids.Contains(c.SecondOpportunityId)) || (c.SecondOpportunityId == subject.Id && ids.Contains(c.FirstOpportunityId)))
            .Select(c => c.FirstOpportunityId == subject.Id ? c.SecondOpportunityId : c.FirstOpportunityId)
            .ToListAsync(cancellationToken);
        foreach (var other in others.Where(o => !known.Contains(o.Id)))
        {
            if (Reasons(subject, other) is { Count: > 0 } reasons)
            {
                db.DuplicateCandidates.Add(DuplicateCandidate.Raise(subject.Id, other.Id, similar.Single(s => s.Id == other.Id).Similarity, reasons, clock.GetUtcNow()));
            }
        }
    }

    /// <summary>Why the two look like one: empty unless dates overlap and they share a venue or a field.</summary>
    internal static List<string> Reasons(LearningOpportunity a, LearningOpportunity b)
    {
        if (!DatesOverlap(a, b))
        {
            return [];
        }
        var reasons = new List<string> { "similar-title", "overlapping-dates" };
        var venuesA = a.Sessions.Select(s => s.VenueId).OfType<Guid>().ToHashSet();
        if (b.Sessions.Any(s => s.VenueId is { } v && venuesA.Contains(v)))
        {
            reasons.Add("same-venue");
        }
        if (a.Fields.Intersect(b.Fields).Any())
        {
            reasons.Add("same-field");
        }
        return reasons.Count > 2 ? reasons : [];
    }

    private static bool DatesOverlap(LearningOpportunity a, LearningOpportunity b)
    {
        var sa = a.Sessions.Where(s => s.Status != SessionStatus.Cancelled).ToList();
        var sb = b.Sessions.Where(s => s.Status != SessionStatus.Cancelled).ToList();
        return sa.Count > 0 && sb.Count > 0
            && sa.Min(s => s.StartsAt) <= sb.Max(s => s.EndsAt) && sb.Min(s => s.StartsAt) <= sa.Max(s => s.EndsAt);
    }

    private sealed record SimilarTitle(Guid Id, double Similarity);
}

internal sealed class DuplicatesOnPublishConsumer(CatalogDbContext db, DbSession session, DuplicateDetector detector)
    : IntegrationEventHandler<LearningOpportunityPublishedIntegrationEvent, CatalogDbContext>(db, session)
{
    protected override Task ApplyAsync(LearningOpportunityPublishedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        detector.DetectAsync(integrationEvent.OpportunityId, cancellationToken);
}

internal sealed class DuplicatesOnChangeConsumer(CatalogDbContext db, DbSession session, DuplicateDetector detector)
    : IntegrationEventHandler<LearningOpportunityChangedIntegrationEvent, CatalogDbContext>(db, session)
{
    protected override Task ApplyAsync(LearningOpportunityChangedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        detector.DetectAsync(integrationEvent.OpportunityId, cancellationToken);
}
