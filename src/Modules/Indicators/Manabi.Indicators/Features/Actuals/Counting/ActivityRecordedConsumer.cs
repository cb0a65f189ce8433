using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Messaging;
using Manabi.Indicators.Contracts;
using Manabi.Indicators.Data;
using Manabi.TalentRegistry.Contracts;

namespace Manabi.Indicators.Features.Actuals.Counting;

/// <summary>26-2: each recorded activity of an instructor or a social-education volunteer is one participation (a reinstated record counts again).</summary>
internal sealed class ActivityRecordedConsumer(IndicatorsDbContext db, DbSession session, Tally tally)
    : IntegrationEventHandler<ActivityRecordedIntegrationEvent, IndicatorsDbContext>(db, session)
{
    public static bool CountsFor262(ActivityRole role) => role is ActivityRole.Instructor or ActivityRole.Volunteer;

    protected override Task PrepareAsync(IReadOnlyList<ActivityRecordedIntegrationEvent> events, CancellationToken cancellationToken) =>
        tally.LoadAsync(events.Where(e => CountsFor262(e.Role)).Select(e => (Computation.TalentParticipations, e.RecordId.ToString())), cancellationToken);

    protected override Task ApplyAsync(ActivityRecordedIntegrationEvent e, CancellationToken cancellationToken) => CountsFor262(e.Role)
        ? tally.RecordAsync(Computation.TalentParticipations, e.RecordId.ToString(), e.Date, 1, true, e.OccurredAt, cancellationToken)
        : Task.CompletedTask;
}
