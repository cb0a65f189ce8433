using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Messaging;
using Manabi.Catalog.Contracts;
using Manabi.Indicators.Data;
using Manabi.Indicators.Domain;

namespace Manabi.Indicators.Features.ProviderRegistrations;

internal sealed class ProviderRegisteredConsumer(IndicatorsDbContext db, DbSession session)
    : IntegrationEventHandler<ProviderRegisteredIntegrationEvent, IndicatorsDbContext>(db, session)
{
    protected override Task ApplyAsync(ProviderRegisteredIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        Db.ProviderRegistrations.Add(ProviderRegistration.Record(
            integrationEvent.ProviderId, integrationEvent.Kind.ToString(), integrationEvent.RegisteredAt));
        return Task.CompletedTask;
    }
}
