using Manabi.BuildingBlocks.Contracts;
using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Messaging;
using Manabi.Indicators.Contracts;
using Manabi.Indicators.Data;
using Manabi.Indicators.Features.Actuals;
using Manabi.Passbook.Contracts;

namespace Manabi.Indicators.Features.StampRally;

/// <summary>22-1: a learner counts in the fiscal year they registered; erasing them later changes no year's number.</summary>
internal sealed class LearnerRegisteredConsumer(IndicatorsDbContext db, DbSession session, Tally tally)
    : IntegrationEventHandler<LearnerRegisteredIntegrationEvent, IndicatorsDbContext>(db, session)
{
    protected override Task ApplyAsync(LearnerRegisteredIntegrationEvent e, CancellationToken cancellationToken) =>
        tally.RecordAsync(Computation.StampRallyLearners, e.LearnerId.ToString(), JapanTime.DateOf(e.RegisteredAt), 1, true, e.OccurredAt, cancellationToken);
}
