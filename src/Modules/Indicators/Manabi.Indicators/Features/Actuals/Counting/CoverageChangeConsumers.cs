using Manabi.BuildingBlocks.Contracts;
using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Messaging;
using Manabi.Indicators.Data;
using Manabi.SchoolCommunityCoordination.Contracts;

namespace Manabi.Indicators.Features.Actuals.Counting;

/// <summary>25-1/25-2: a new district can be eligible from now on.</summary>
internal sealed class SchoolDistrictRegisteredConsumer(IndicatorsDbContext db, DbSession session, SchoolCoverage coverage)
    : IntegrationEventHandler<SchoolDistrictRegisteredIntegrationEvent, IndicatorsDbContext>(db, session)
{
    protected override Task ApplyAsync(SchoolDistrictRegisteredIntegrationEvent e, CancellationToken cancellationToken) =>
        coverage.RefreshKeptYearsAndAsync([], cancellationToken);
}

/// <summary>25-1/25-2: a school opened, closed, moved district or was flagged small, in the years it names.</summary>
internal sealed class SchoolChangedConsumer(IndicatorsDbContext db, DbSession session, SchoolCoverage coverage)
    : IntegrationEventHandler<SchoolChangedIntegrationEvent, IndicatorsDbContext>(db, session)
{
    protected override Task ApplyAsync(SchoolChangedIntegrationEvent e, CancellationToken cancellationToken) =>
        coverage.RefreshKeptYearsAndAsync(e.SmallInFiscalYears, cancellationToken);
}

/// <summary>25-1: a commission makes its districts coverable in the years it runs.</summary>
internal sealed class CoordinatorCommissionedConsumer(IndicatorsDbContext db, DbSession session, SchoolCoverage coverage)
    : IntegrationEventHandler<CoordinatorCommissionedIntegrationEvent, IndicatorsDbContext>(db, session)
{
    protected override Task ApplyAsync(CoordinatorCommissionedIntegrationEvent e, CancellationToken cancellationToken)
    {
        var from = FiscalYear.OfDate(e.From).StartYear;
        var until = e.Until is { } end ? Math.Min(FiscalYear.OfDate(end).StartYear, coverage.ThisYear) : coverage.ThisYear;
        return coverage.RefreshKeptYearsAndAsync(Enumerable.Range(from, Math.Max(0, until - from + 1)), cancellationToken);
    }
}

/// <summary>25-1: a commission ended early, from its last year on.</summary>
internal sealed class CoordinatorCommissionEndedConsumer(IndicatorsDbContext db, DbSession session, SchoolCoverage coverage)
    : IntegrationEventHandler<CoordinatorCommissionEndedIntegrationEvent, IndicatorsDbContext>(db, session)
{
    protected override Task ApplyAsync(CoordinatorCommissionEndedIntegrationEvent e, CancellationToken cancellationToken) =>
        coverage.RefreshKeptYearsAndAsync([FiscalYear.OfDate(e.EndsOn).StartYear], cancellationToken);
}
