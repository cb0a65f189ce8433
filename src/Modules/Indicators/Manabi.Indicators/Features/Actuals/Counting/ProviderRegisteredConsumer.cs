using Manabi.BuildingBlocks.Contracts;
using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Messaging;
using Manabi.Catalog.Contracts;
using Manabi.Indicators.Contracts;
using Manabi.Indicators.Data;

namespace Manabi.Indicators.Features.Actuals.Counting;

/// <summary>A provider counts in the fiscal year it joined the catalog.</summary>
internal sealed class ProviderRegisteredConsumer(IndicatorsDbContext db, DbSession session, Tally tally)
    : IntegrationEventHandler<ProviderRegisteredIntegrationEvent, IndicatorsDbContext>(db, session)
{
    // Its name before it moved here: the inbox knows it by that, so moving replays nothing.
    protected override string ConsumerName => "Manabi.Indicators.Features.ProviderRegistrations.ProviderRegisteredConsumer";

    protected override Task ApplyAsync(ProviderRegisteredIntegrationEvent e, CancellationToken cancellationToken) =>
        tally.RecordAsync(Computation.RegisteredProviders, e.ProviderId.ToString(), JapanTime.DateOf(e.RegisteredAt), 1, true, e.OccurredAt, cancellationToken);
}
