using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Messaging;
using Manabi.Catalog.Contracts;
using Manabi.Indicators.Data;

namespace Manabi.Indicators.Features.Actuals.Counting;

/// <summary>22-1: a published stamp-rally programme takes part in the fiscal years of its sessions.</summary>
internal sealed class LearningOpportunityPublishedConsumer(IndicatorsDbContext db, DbSession session, Tally tally)
    : IntegrationEventHandler<LearningOpportunityPublishedIntegrationEvent, IndicatorsDbContext>(db, session)
{
    protected override Task ApplyAsync(LearningOpportunityPublishedIntegrationEvent e, CancellationToken cancellationToken) =>
        StampRallyProgrammes.RecordAsync(Db, tally, e.OpportunityId, e.StampRallyEligible, e.Sessions, e.OccurredAt, cancellationToken);
}
