using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Messaging;
using Manabi.Indicators.Data;
using Manabi.Indicators.Domain;
using Manabi.Passbook.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Indicators.Features.StampRally;

internal sealed class CommendationAwardedConsumer(IndicatorsDbContext db, DbSession session)
    : IntegrationEventHandler<CommendationAwardedIntegrationEvent, IndicatorsDbContext>(db, session)
{
    protected override async Task ApplyAsync(CommendationAwardedIntegrationEvent e, CancellationToken cancellationToken)
    {
        var record = await Db.Commendations.SingleOrDefaultAsync(c => c.CommendationId == e.CommendationId, cancellationToken);
        if (record is null)
        {
            Db.Commendations.Add(CommendationRecord.Award(e.CommendationId, e.LearnerId, e.AwardedOn));
        }
        else
        {
            record.AwardAgain(e.AwardedOn); // withdrawn, reached again, and awarded at a later ceremony
        }
    }
}
