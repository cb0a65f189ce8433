using Manabi.BuildingBlocks.Contracts;
using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Messaging;
using Manabi.Catalog.Contracts;
using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Data;
using Manabi.TalentRegistry.Domain;

namespace Manabi.TalentRegistry.Features.Activities.RecordActivity;

/// <summary>A held Catalog session is an instructor activity for each registered instructor it names.</summary>
internal sealed class SessionHeldConsumer(TalentRegistryDbContext db, DbSession session, ActivityRecorder recorder)
    : IntegrationEventHandler<SessionHeldIntegrationEvent, TalentRegistryDbContext>(db, session)
{
    protected override async Task ApplyAsync(SessionHeldIntegrationEvent e, CancellationToken cancellationToken)
    {
        var kind = e.Kind == OpportunityKind.DeliveryLecture ? ActivityKind.DeliveryLecture : ActivityKind.CourseSession;
        var occurrence = new ActivityOccurrence(ActivityOccurrence.SessionKey(e.SessionId), ActivityRole.Instructor, kind, JapanTime.DateOf(e.HeldAt), null, null);
        await recorder.RecordForRegisteredAsync(e.InstructorPersonIds, occurrence, ActivitySource.CatalogSession, cancellationToken);
    }
}
