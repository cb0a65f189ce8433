using Manabi.Passbook.Data;
using Manabi.Passbook.Domain;
using Mediator;

namespace Manabi.Passbook.Features.Learners.GetLearner;

internal sealed record GetLearnerQuery(Guid? Id, LearnerReader Reader) : IQuery<LearnerResponse>;

internal sealed class GetLearnerHandler(PassbookDbContext db, PassbookQr qr, TimeProvider clock) : IQueryHandler<GetLearnerQuery, LearnerResponse>
{
    public async ValueTask<LearnerResponse> Handle(GetLearnerQuery q, CancellationToken cancellationToken) =>
        LearnerResponse.From(await LearnerAccess.ResolveAsync(db, q.Id, q.Reader, "registration", clock, cancellationToken), qr);
}
