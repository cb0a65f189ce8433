using Manabi.BuildingBlocks.Contracts;
using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Messaging;
using Manabi.Indicators.Contracts;
using Manabi.Indicators.Data;
using Manabi.TalentRegistry.Contracts;

namespace Manabi.Indicators.Features.Actuals.Counting;

/// <summary>
/// 24-2: a person counts in a fiscal year when, on its last day (31 March), they are active as an
/// instructor or volunteer with a term running to that day. A standing speaks from when it changed
/// on, so this sets the person's item for each year ending from then to the end of their term (or
/// this year); years already ended keep what they were — erasing or retiring someone now does not
/// rewrite last year's register.
/// </summary>
internal sealed class PersonStatusChangedConsumer(IndicatorsDbContext db, DbSession session, Tally tally, TimeProvider clock)
    : IntegrationEventHandler<PersonStatusChangedIntegrationEvent, IndicatorsDbContext>(db, session)
{
    protected override async Task ApplyAsync(PersonStatusChangedIntegrationEvent e, CancellationToken cancellationToken)
    {
        var registered = e.Status == PersonStatus.Active && e.Roles.Any(r => r is TalentRole.Instructor or TalentRole.Volunteer);
        var thisYear = FiscalYear.Of(clock.GetUtcNow()).StartYear;
        var until = e.TermEndsOn is { } end ? Math.Max(thisYear, FiscalYear.OfDate(end).StartYear) : thisYear;
        for (var year = FiscalYear.Of(e.ChangedAt); year.StartYear <= until; year = new(year.StartYear + 1))
        {
            var counts = registered && (e.TermEndsOn is null || e.TermEndsOn >= year.LastDay);
            await tally.RecordAsync(Computation.RegisteredTalent, $"{e.PersonId}:{year.StartYear}", year.LastDay, 1, counts, e.ChangedAt, cancellationToken);
        }
    }
}
