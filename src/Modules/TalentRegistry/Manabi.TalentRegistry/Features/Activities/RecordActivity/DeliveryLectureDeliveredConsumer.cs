using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Messaging;
using Manabi.Catalog.Contracts;
using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Data;
using Manabi.TalentRegistry.Domain;

namespace Manabi.TalentRegistry.Features.Activities.RecordActivity;

/// <summary>A delivered delivery lecture is an instructor activity for each registered instructor it names.</summary>
internal sealed class DeliveryLectureDeliveredConsumer(TalentRegistryDbContext db, DbSession session, ActivityRecorder recorder)
    : IntegrationEventHandler<DeliveryLectureDeliveredIntegrationEvent, TalentRegistryDbContext>(db, session)
{
    protected override async Task ApplyAsync(DeliveryLectureDeliveredIntegrationEvent e, CancellationToken cancellationToken)
    {
        var occurrence = new ActivityOccurrence(ActivityOccurrence.LectureKey(e.RequestId), ActivityRole.Instructor, ActivityKind.DeliveryLecture,
            e.DeliveredOn, null, null);
        await recorder.RecordForRegisteredAsync(e.InstructorPersonIds, occurrence, ActivitySource.DeliveryLecture, cancellationToken);
    }
}
