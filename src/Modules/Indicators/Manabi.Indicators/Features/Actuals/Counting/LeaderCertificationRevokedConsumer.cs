using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Messaging;
using Manabi.Indicators.Contracts;
using Manabi.Indicators.Data;
using Manabi.TalentRegistry.Contracts;

namespace Manabi.Indicators.Features.Actuals.Counting;

/// <summary>24-1: a revoked certification no longer counts, in any year.</summary>
internal sealed class LeaderCertificationRevokedConsumer(IndicatorsDbContext db, DbSession session, Tally tally)
    : IntegrationEventHandler<LeaderCertificationRevokedIntegrationEvent, IndicatorsDbContext>(db, session)
{
    protected override Task ApplyAsync(LeaderCertificationRevokedIntegrationEvent e, CancellationToken cancellationToken) =>
        tally.RecordAsync(Computation.CertifiedLeaders, e.CertificationId.ToString(), e.CertifiedOn, 1, false, e.OccurredAt, cancellationToken);
}
