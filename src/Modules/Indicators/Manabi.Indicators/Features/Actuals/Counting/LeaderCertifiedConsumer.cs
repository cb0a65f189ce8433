using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Messaging;
using Manabi.Indicators.Contracts;
using Manabi.Indicators.Data;
using Manabi.TalentRegistry.Contracts;

namespace Manabi.Indicators.Features.Actuals.Counting;

/// <summary>24-1: a certification counts from the fiscal year it was given.</summary>
internal sealed class LeaderCertifiedConsumer(IndicatorsDbContext db, DbSession session, Tally tally)
    : IntegrationEventHandler<LeaderCertifiedIntegrationEvent, IndicatorsDbContext>(db, session)
{
    protected override Task ApplyAsync(LeaderCertifiedIntegrationEvent e, CancellationToken cancellationToken) =>
        tally.RecordAsync(Computation.CertifiedLeaders, e.CertificationId.ToString(), e.CertifiedOn, 1, true, e.OccurredAt, cancellationToken);
}
