using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Messaging;
using Manabi.Indicators.Data;
using Manabi.Indicators.Domain;
using Manabi.Indicators.Features.Actuals;
using Manabi.Passbook.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Indicators.Features.StampRally;

internal sealed class CommendationAwardedConsumer(IndicatorsDbContext db, DbSession session, Tally tally)
    : IntegrationEventHandler<CommendationAwardedIntegrationEvent, IndicatorsDbContext>(db, session)
{
    protected override async Task ApplyAsync(CommendationAwardedIntegrationEvent e, CancellationToken cancellationToken)
    {
        var record = await Db.Commendations.SingleOrDefaultAsync(c => c.CommendationId == e.CommendationId, cancellationToken);
        var previousYear = record?.FiscalYear;
        if (record is null)
        {
            record = CommendationRecord.Award(e.CommendationId, e.LearnerId, e.AwardedOn);
            Db.Commendations.Add(record);
        }
        else
        {
            record.AwardAgain(e.AwardedOn); // withdrawn, reached again, and awarded at a later ceremony
        }
        await CommendedLearners.RecountAsync(Db, tally, record, previousYear, e.OccurredAt, cancellationToken);
    }
}
