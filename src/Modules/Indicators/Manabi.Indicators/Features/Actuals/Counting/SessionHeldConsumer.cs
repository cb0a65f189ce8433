using Manabi.BuildingBlocks.Contracts;
using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Messaging;
using Manabi.Indicators.Data;
using Manabi.Catalog.Contracts;

namespace Manabi.Indicators.Features.Actuals.Counting;

/// <summary>22-2 and 26-1: a session of a board-run or brokered opportunity, held (or its count corrected), in the fiscal year it took place.</summary>
internal sealed class SessionHeldConsumer(IndicatorsDbContext db, DbSession session, Tally tally)
    : IntegrationEventHandler<SessionHeldIntegrationEvent, IndicatorsDbContext>(db, session)
{
    protected override Task PrepareAsync(IReadOnlyList<SessionHeldIntegrationEvent> events, CancellationToken cancellationToken) =>
        tally.LoadAsync(events.SelectMany(e => BoardLearning.Items($"session:{e.SessionId}")), cancellationToken);

    protected override Task ApplyAsync(SessionHeldIntegrationEvent e, CancellationToken cancellationToken) =>
        BoardLearning.RecordAsync(tally, $"session:{e.SessionId}", JapanTime.DateOf(e.HeldAt), e.Participants, e.BoardRun || e.BoardBrokered, e.InstructorKinds,
            e.OccurredAt, cancellationToken);
}
