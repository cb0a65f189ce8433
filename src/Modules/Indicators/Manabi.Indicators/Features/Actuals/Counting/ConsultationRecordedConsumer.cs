using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Messaging;
using Manabi.Indicators.Contracts;
using Manabi.Indicators.Data;
using Manabi.BuildingBlocks.Contracts;
using Manabi.TalentRegistry.Contracts;

namespace Manabi.Indicators.Features.Actuals.Counting;

/// <summary>23-3: each consultation the center handled, in the fiscal year it was held (Japan time).</summary>
internal sealed class ConsultationRecordedConsumer(IndicatorsDbContext db, DbSession session, Tally tally)
    : IntegrationEventHandler<ConsultationRecordedIntegrationEvent, IndicatorsDbContext>(db, session)
{
    protected override Task ApplyAsync(ConsultationRecordedIntegrationEvent e, CancellationToken cancellationToken) =>
        tally.RecordAsync(Computation.Consultations, e.ConsultationId.ToString(), JapanTime.DateOf(e.HeldAt), 1, true, e.OccurredAt, cancellationToken);
}
