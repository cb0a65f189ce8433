using Manabi.BuildingBlocks.Data;
using FluentValidation;
using Manabi.Passbook.Contracts;
using Manabi.Passbook.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Passbook.Features.Commendations.ListCommendations;

internal sealed record ListCommendationsQuery(CommendationStatus? Status, string Reader) : IQuery<IReadOnlyList<CommendationResponse>>;

internal sealed class ListCommendationsHandler(PassbookDbContext db, TimeProvider clock) : IQueryHandler<ListCommendationsQuery, IReadOnlyList<CommendationResponse>>
{
    public async ValueTask<IReadOnlyList<CommendationResponse>> Handle(ListCommendationsQuery q, CancellationToken cancellationToken)
    {
        var list = await db.Commendations.AsNoTracking()
            .Where(c => c.Status == (q.Status ?? CommendationStatus.Pending))
            .Join(db.Levels, c => c.LevelId, l => l.Id, (c, l) => new { c, l })
            .Join(db.Learners, x => x.c.LearnerId, learner => learner.Id, (x, learner) => new { x.c, x.l, learner.DisplayName })
            .OrderBy(x => x.c.ReachedAt).ThenBy(x => x.c.Id).Take(1000)
            .Select(x => new CommendationResponse(x.c.Id, x.c.LearnerId, x.DisplayName, x.l.Id, x.l.Name, x.l.Credits, x.c.Status, x.c.ReachedAt, x.c.AwardedOn))
            .ToListAsync(cancellationToken);
        // The list shows learners' names: each is a staff read of personal data.
        var now = clock.GetUtcNow();
        db.PersonalDataReads.AddRange(list.Select(c => c.LearnerId).Distinct().Select(learner => PersonalDataRead.Record(learner, q.Reader, "commendation-list", now)));
        await db.SaveChangesAsync(cancellationToken);
        return list;
    }
}
