using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Messaging;
using Manabi.Indicators.Contracts;
using Manabi.Indicators.Data;
using Manabi.TalentRegistry.Contracts;

namespace Manabi.Indicators.Features.Actuals.Counting;

/// <summary>26-2: a voided activity record no longer counts.</summary>
internal sealed class ActivityVoidedConsumer(IndicatorsDbContext db, DbSession session, Tally tally)
    : IntegrationEventHandler<ActivityVoidedIntegrationEvent, IndicatorsDbContext>(db, session)
{
    protected override Task PrepareAsync(IReadOnlyList<ActivityVoidedIntegrationEvent> events, CancellationToken cancellationToken) =>
        tally.LoadAsync(events.Where(e => ActivityRecordedConsumer.CountsFor262(e.Role)).Select(e => (Computation.TalentParticipations, e.RecordId.ToString())),
            cancellationToken);

    protected override Task ApplyAsync(ActivityVoidedIntegrationEvent e, CancellationToken cancellationToken) => ActivityRecordedConsumer.CountsFor262(e.Role)
        ? tally.RecordAsync(Computation.TalentParticipations, e.RecordId.ToString(), e.Date, 1, false, e.OccurredAt, cancellationToken)
        : Task.CompletedTask;
}
