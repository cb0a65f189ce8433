using Manabi.TalentRegistry.Data;
using Mediator;

namespace Manabi.TalentRegistry.Features.Leaders.GetLeaderTraining;

internal sealed record GetLeaderTrainingQuery(Guid Id) : IQuery<LeaderTrainingResponse>;

internal sealed class GetLeaderTrainingHandler(TalentRegistryDbContext db) : IQueryHandler<GetLeaderTrainingQuery, LeaderTrainingResponse>
{
    public async ValueTask<LeaderTrainingResponse> Handle(GetLeaderTrainingQuery q, CancellationToken cancellationToken) =>
        await LeaderTrainingResponse.ReadAsync(db, await TrainingAccess.ByIdAsync(db, q.Id, cancellationToken), cancellationToken);
}
