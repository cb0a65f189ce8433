using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Messaging;
using Manabi.Indicators.Contracts;
using Manabi.Indicators.Data;
using Manabi.BuildingBlocks.Contracts;
using Manabi.Catalog.Contracts;

namespace Manabi.Indicators.Features.Actuals.Counting;

/// <summary>23-2: the items of each newsletter, website or mail-magazine issue the center publishes, in the fiscal year of its publication (Japan time).</summary>
internal sealed class InformationIssuePublishedConsumer(IndicatorsDbContext db, DbSession session, Tally tally)
    : IntegrationEventHandler<InformationIssuePublishedIntegrationEvent, IndicatorsDbContext>(db, session)
{
    protected override Task ApplyAsync(InformationIssuePublishedIntegrationEvent e, CancellationToken cancellationToken) =>
        tally.RecordAsync(Computation.InformationItems, e.IssueId.ToString(), JapanTime.DateOf(e.PublishedAt), e.ItemCount, true, e.OccurredAt, cancellationToken);
}
