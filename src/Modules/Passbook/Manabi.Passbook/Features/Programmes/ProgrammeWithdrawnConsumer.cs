using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Messaging;
using Manabi.Catalog.Contracts;
using Manabi.Passbook.Data;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Passbook.Features.Programmes;

internal sealed class ProgrammeWithdrawnConsumer(PassbookDbContext db, DbSession session)
    : IntegrationEventHandler<LearningOpportunityWithdrawnIntegrationEvent, PassbookDbContext>(db, session)
{
    protected override async Task ApplyAsync(LearningOpportunityWithdrawnIntegrationEvent e, CancellationToken cancellationToken)
    {
        var programme = await Db.Programmes.SingleOrDefaultAsync(p => p.OpportunityId == e.OpportunityId, cancellationToken);
        if (programme is not null && programme.UpdatedAt <= e.OccurredAt)
        {
            programme.Withdraw(e.OccurredAt);
        }
    }
}
