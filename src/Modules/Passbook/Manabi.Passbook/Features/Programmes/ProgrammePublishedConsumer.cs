using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Messaging;
using Manabi.Catalog.Contracts;
using Manabi.Passbook.Data;

namespace Manabi.Passbook.Features.Programmes;

internal sealed class ProgrammePublishedConsumer(PassbookDbContext db, DbSession session)
    : IntegrationEventHandler<LearningOpportunityPublishedIntegrationEvent, PassbookDbContext>(db, session)
{
    protected override Task ApplyAsync(LearningOpportunityPublishedIntegrationEvent e, CancellationToken cancellationToken) =>
        ProgrammeReadModel.ApplyAsync(Db, e.OpportunityId, e.ProviderId, e.StampRallyEligible, e.CreditsPerSession, e.Fields, e.Sessions, e.OccurredAt, cancellationToken);
}
