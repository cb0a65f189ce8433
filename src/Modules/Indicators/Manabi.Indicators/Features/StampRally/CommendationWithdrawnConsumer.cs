using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Messaging;
using Manabi.Indicators.Data;
using Manabi.Indicators.Features.Actuals;
using Manabi.Passbook.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Indicators.Features.StampRally;

internal sealed class CommendationWithdrawnConsumer(IndicatorsDbContext db, DbSession session, Tally tally)
    : IntegrationEventHandler<CommendationWithdrawnIntegrationEvent, IndicatorsDbContext>(db, session)
{
    protected override async Task ApplyAsync(CommendationWithdrawnIntegrationEvent e, CancellationToken cancellationToken)
    {
        if (await Db.Commendations.SingleOrDefaultAsync(c => c.CommendationId == e.CommendationId, cancellationToken) is { } record)
        {
            record.Withdraw();
            await CommendedLearners.RecountAsync(Db, tally, record, null, e.OccurredAt, cancellationToken);
        }
    }
}
