using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Messaging;
using Manabi.Indicators.Data;
using Manabi.Indicators.Domain;
using Manabi.Passbook.Contracts;

namespace Manabi.Indicators.Features.StampRally;

internal sealed class LearnerRegisteredConsumer(IndicatorsDbContext db, DbSession session)
    : IntegrationEventHandler<LearnerRegisteredIntegrationEvent, IndicatorsDbContext>(db, session)
{
    protected override Task ApplyAsync(LearnerRegisteredIntegrationEvent e, CancellationToken cancellationToken)
    {
        Db.LearnerRegistrations.Add(LearnerRegistration.Record(e.LearnerId, e.RegisteredAt));
        return Task.CompletedTask;
    }
}
