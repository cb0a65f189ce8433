using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Messaging;
using Manabi.Indicators.Data;
using Manabi.Passbook.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Indicators.Features.StampRally;

internal sealed class CommendationWithdrawnConsumer(IndicatorsDbContext db, DbSession session)
    : IntegrationEventHandler<CommendationWithdrawnIntegrationEvent, IndicatorsDbContext>(db, session)
{
    protected override async Task ApplyAsync(CommendationWithdrawnIntegrationEvent e, CancellationToken cancellationToken) =>
        (await Db.Commendations.SingleOrDefaultAsync(c => c.CommendationId == e.CommendationId, cancellationToken))?.Withdraw();
}
