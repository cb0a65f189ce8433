using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Messaging;
using Manabi.Indicators.Data;
using Manabi.Catalog.Contracts;

namespace Manabi.Indicators.Features.Actuals.Counting;

/// <summary>22-2 and 26-1: a delivery lecture the board brokered, delivered (a later report of the same request replaces the first).</summary>
internal sealed class DeliveryLectureDeliveredConsumer(IndicatorsDbContext db, DbSession session, Tally tally)
    : IntegrationEventHandler<DeliveryLectureDeliveredIntegrationEvent, IndicatorsDbContext>(db, session)
{
    protected override Task ApplyAsync(DeliveryLectureDeliveredIntegrationEvent e, CancellationToken cancellationToken) =>
        BoardLearning.RecordAsync(tally, $"lecture:{e.RequestId}", e.DeliveredOn, e.Participants, true, e.InstructorKinds, e.OccurredAt, cancellationToken);
}
