using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Messaging;
using Manabi.Catalog.Contracts;
using Manabi.Indicators.Data;

namespace Manabi.Indicators.Features.Actuals.Counting;

/// <summary>22-1: a changed programme is recounted (sessions moved or cancelled, stamp rally turned on or off).</summary>
internal sealed class LearningOpportunityChangedConsumer(IndicatorsDbContext db, DbSession session, Tally tally)
    : IntegrationEventHandler<LearningOpportunityChangedIntegrationEvent, IndicatorsDbContext>(db, session)
{
    protected override Task ApplyAsync(LearningOpportunityChangedIntegrationEvent e, CancellationToken cancellationToken) =>
        StampRallyProgrammes.RecordAsync(Db, tally, e.OpportunityId, e.StampRallyEligible, e.Sessions, e.OccurredAt, cancellationToken);
}
