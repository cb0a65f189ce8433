using Manabi.BuildingBlocks.Contracts;
using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Messaging;
using Manabi.Indicators.Contracts;
using Manabi.Indicators.Data;
using Manabi.SchoolCommunityCoordination.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Indicators.Features.Actuals.Counting;

/// <summary>
/// 25-3: a held community–school session is one activity, and its registered volunteers plus
/// unregistered helpers its participations; a correction replaces both. 25-1/25-2 follow it in the
/// session's year, and in the year it was in before when a correction moved it.
/// </summary>
internal sealed class CollaborationSessionRecordedConsumer(IndicatorsDbContext db, DbSession session, Tally tally, SchoolCoverage coverage)
    : IntegrationEventHandler<CollaborationSessionRecordedIntegrationEvent, IndicatorsDbContext>(db, session)
{
    protected override async Task ApplyAsync(CollaborationSessionRecordedIntegrationEvent e, CancellationToken cancellationToken)
    {
        var key = e.SessionId.ToString();
        var held = e.Status == CollaborationSessionStatus.Held;
        var yearBefore = await Db.CountedItems.Where(i => i.Computation == Computation.CollaborativeSessions && i.Key == key)
            .Select(i => (int?)i.FiscalYear).SingleOrDefaultAsync(cancellationToken);
        await tally.RecordAsync(Computation.CollaborativeSessions, key, e.Date, 1, held, e.OccurredAt, cancellationToken);
        await tally.RecordAsync(Computation.VolunteerParticipations, key, e.Date, e.RegisteredPersonIds.Count + e.UnregisteredHelpers, held, e.OccurredAt,
            cancellationToken);
        var year = FiscalYear.OfDate(e.Date).StartYear;
        await coverage.RefreshAsync(year, cancellationToken);
        if (yearBefore is { } before && before != year)
        {
            await coverage.RefreshAsync(before, cancellationToken);
        }
    }
}
