using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Messaging;
using Manabi.SchoolCommunityCoordination.Contracts;
using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Data;
using Manabi.TalentRegistry.Domain;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.Activities.RecordActivity;

/// <summary>
/// A community–school session recorded or corrected: each registered volunteer of a held session is
/// a children-supporter activity; someone taken off the list, or a session cancelled after all, no
/// longer counts, and someone listed again counts again. The latest event says how it was.
/// </summary>
internal sealed class CollaborationSessionConsumer(TalentRegistryDbContext db, DbSession session, ActivityRecorder recorder, TimeProvider clock)
    : IntegrationEventHandler<CollaborationSessionRecordedIntegrationEvent, TalentRegistryDbContext>(db, session)
{
    protected override async Task ApplyAsync(CollaborationSessionRecordedIntegrationEvent e, CancellationToken cancellationToken)
    {
        var key = ActivityOccurrence.SchoolSessionKey(e.SessionId);
        var present = e.Status == CollaborationSessionStatus.Held ? e.RegisteredPersonIds.ToHashSet() : [];
        var existing = await Db.ActivityRecords.Where(r => r.OccurrenceKey == key).ToListAsync(cancellationToken);
        foreach (var record in existing)
        {
            if (!present.Contains(record.PersonId) && record.Void("地域学校協働活動の記録が訂正されました", clock.GetUtcNow()))
            {
                Db.Publish(new ActivityVoidedIntegrationEvent(record.Id, record.PersonId, record.Role, record.Kind, record.Date));
            }
            else if (present.Contains(record.PersonId) && record.Reinstate())
            {
                Db.Publish(new ActivityRecordedIntegrationEvent(record.Id, record.PersonId, record.Role, record.Kind, record.Date, record.Source));
            }
        }
        var occurrence = new ActivityOccurrence(key, ActivityRole.ChildrenSupporter, ActivityKind.SchoolCommunityActivity, e.Date, null, null);
        await recorder.RecordForRegisteredAsync([.. present.Except(existing.Select(r => r.PersonId))], occurrence, ActivitySource.SchoolCommunity,
            cancellationToken, recordedBy: "school-community");
    }
}
