using Manabi.Catalog.Contracts;
using Manabi.Catalog.Data;
using Manabi.Catalog.Domain;

namespace Manabi.Catalog.Features.Opportunities;

/// <summary>Tells other modules when an opportunity becomes public, changes, or stops being public.</summary>
internal static class OpportunityEvents
{
    public static void Publish(CatalogDbContext db, Provider provider, LearningOpportunity opportunity, bool wasPublic)
    {
        var isPublic = opportunity.Status == OpportunityStatus.Published;
        if (isPublic)
        {
            var sessions = opportunity.Sessions.Select(s => new OpportunitySessionInfo(s.Id, s.StartsAt, s.EndsAt, s.Status)).ToList();
            var instructors = opportunity.Instructors.Select(i => i.Kind).ToList();
            db.Publish(wasPublic
                ? new LearningOpportunityChangedIntegrationEvent(opportunity.Id, provider.Id, opportunity.Kind, opportunity.StampRallyEligible,
                    opportunity.CreditsPerSession, provider.IsBoardOfEducation, opportunity.BoardBrokered, instructors, opportunity.Fields, sessions)
                : new LearningOpportunityPublishedIntegrationEvent(opportunity.Id, provider.Id, opportunity.Kind, opportunity.StampRallyEligible,
                    opportunity.CreditsPerSession, provider.IsBoardOfEducation, opportunity.BoardBrokered, instructors, opportunity.Fields, sessions));
        }
        else if (wasPublic)
        {
            db.Publish(new LearningOpportunityWithdrawnIntegrationEvent(opportunity.Id, provider.Id, opportunity.Status));
        }
    }
}
