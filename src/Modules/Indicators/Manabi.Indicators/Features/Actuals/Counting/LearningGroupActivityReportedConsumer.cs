using Manabi.BuildingBlocks.Contracts;
using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Messaging;
using Manabi.Indicators.Contracts;
using Manabi.Indicators.Data;
using Manabi.TalentRegistry.Contracts;

namespace Manabi.Indicators.Features.Actuals.Counting;

/// <summary>
/// 26-3: a group formed after a board course counts once it shows it keeps learning or acting — from
/// the fiscal year of its first activity report; later reports do not move it.
/// </summary>
internal sealed class LearningGroupActivityReportedConsumer(IndicatorsDbContext db, DbSession session, Tally tally)
    : IntegrationEventHandler<LearningGroupActivityReportedIntegrationEvent, IndicatorsDbContext>(db, session)
{
    protected override Task ApplyAsync(LearningGroupActivityReportedIntegrationEvent e, CancellationToken cancellationToken)
    {
        // The report is of activity in e.FiscalYear; a report written after that year ends counts in it, from its first day.
        var on = FiscalYear.OfDate(e.ReportedOn).StartYear == e.FiscalYear ? e.ReportedOn : new FiscalYear(e.FiscalYear).FirstDay;
        return tally.RecordFirstAsync(Computation.LearningGroups, e.GroupId.ToString(), on, e.OccurredAt, cancellationToken);
    }
}
