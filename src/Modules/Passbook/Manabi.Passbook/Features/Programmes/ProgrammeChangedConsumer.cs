using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Messaging;
using Manabi.Catalog.Contracts;
using Manabi.Passbook.Data;

namespace Manabi.Passbook.Features.Programmes;

internal sealed class ProgrammeChangedConsumer(PassbookDbContext db, DbSession session)
    : IntegrationEventHandler<LearningOpportunityChangedIntegrationEvent, PassbookDbContext>(db, session)
{
    protected override Task ApplyAsync(LearningOpportunityChangedIntegrationEvent e, CancellationToken cancellationToken) =>
        ProgrammeReadModel.ApplyAsync(Db, e.OpportunityId, e.ProviderId, e.StampRallyEligible, e.CreditsPerSession, e.Fields, e.Sessions, e.OccurredAt, cancellationToken);
}
