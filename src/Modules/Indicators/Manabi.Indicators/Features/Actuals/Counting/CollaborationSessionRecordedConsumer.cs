using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Messaging;
using Manabi.Indicators.Contracts;
using Manabi.Indicators.Data;
using Manabi.SchoolCommunityCoordination.Contracts;

namespace Manabi.Indicators.Features.Actuals.Counting;

/// <summary>25-3: a held community–school session is one activity, and its registered volunteers plus unregistered helpers its participations; a correction replaces both.</summary>
internal sealed class CollaborationSessionRecordedConsumer(IndicatorsDbContext db, DbSession session, Tally tally)
    : IntegrationEventHandler<CollaborationSessionRecordedIntegrationEvent, IndicatorsDbContext>(db, session)
{
    protected override async Task ApplyAsync(CollaborationSessionRecordedIntegrationEvent e, CancellationToken cancellationToken)
    {
        var key = e.SessionId.ToString();
        var held = e.Status == CollaborationSessionStatus.Held;
        await tally.RecordAsync(Computation.CollaborativeSessions, key, e.Date, 1, held, e.OccurredAt, cancellationToken);
        await tally.RecordAsync(Computation.VolunteerParticipations, key, e.Date, e.RegisteredPersonIds.Count + e.UnregisteredHelpers, held, e.OccurredAt,
            cancellationToken);
    }
}
