using Manabi.BuildingBlocks.Application;
using Manabi.Passbook.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Passbook.Features.Commendations.ListMyCommendations;

internal sealed record ListMyCommendationsQuery(string Subject) : IQuery<IReadOnlyList<MyCommendationResponse>>;

internal sealed class ListMyCommendationsHandler(PassbookDbContext db) : IQueryHandler<ListMyCommendationsQuery, IReadOnlyList<MyCommendationResponse>>
{
    public async ValueTask<IReadOnlyList<MyCommendationResponse>> Handle(ListMyCommendationsQuery q, CancellationToken cancellationToken)
    {
        var learnerId = await db.Learners.AsNoTracking().Where(l => l.Subject == q.Subject).Select(l => (Guid?)l.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(new Text("学習手帳が見つかりません。", "No such passbook."));
        return await db.Commendations.AsNoTracking().Where(c => c.LearnerId == learnerId)
            .Join(db.Levels, c => c.LevelId, l => l.Id, (c, l) => new { c, l })
            .OrderBy(x => x.c.ReachedAt).ThenBy(x => x.c.Id)
            .Select(x => new MyCommendationResponse(x.c.Id, x.l.Id, x.l.Name, x.l.Credits, x.c.Status, x.c.ReachedAt, x.c.AwardedOn,
                db.Credentials.Where(k => k.CommendationId == x.c.Id).OrderByDescending(k => k.IssuedAt).Select(k => (Guid?)k.Id).FirstOrDefault()))
            .ToListAsync(cancellationToken);
    }
}
