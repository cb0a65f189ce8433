using Manabi.BuildingBlocks.Contracts;
using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Messaging;
using Manabi.Catalog.Contracts;
using Manabi.Indicators.Data;

namespace Manabi.Indicators.Features.Actuals.Counting;

/// <summary>22-1: a withdrawn programme stops counting from this fiscal year on; the years it took part in stay.</summary>
internal sealed class LearningOpportunityWithdrawnConsumer(IndicatorsDbContext db, DbSession session, Tally tally)
    : IntegrationEventHandler<LearningOpportunityWithdrawnIntegrationEvent, IndicatorsDbContext>(db, session)
{
    protected override Task ApplyAsync(LearningOpportunityWithdrawnIntegrationEvent e, CancellationToken cancellationToken) =>
        StampRallyProgrammes.WithdrawAsync(Db, tally, e.OpportunityId, FiscalYear.Of(e.OccurredAt).StartYear, e.OccurredAt, cancellationToken);
}
