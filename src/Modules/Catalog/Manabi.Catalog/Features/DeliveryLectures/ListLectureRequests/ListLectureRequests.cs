using Manabi.BuildingBlocks.Data;
using FluentValidation;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.DeliveryLectures.ListLectureRequests;

internal sealed record ListLectureRequestsQuery(LectureRequestStatus? Status, string Reader) : IQuery<IReadOnlyList<LectureRequestResponse>>;

internal sealed class ListLectureRequestsHandler(CatalogDbContext db, TimeProvider clock) : IQueryHandler<ListLectureRequestsQuery, IReadOnlyList<LectureRequestResponse>>
{
    public async ValueTask<IReadOnlyList<LectureRequestResponse>> Handle(ListLectureRequestsQuery query, CancellationToken cancellationToken)
    {
        var rows = await db.LectureRequests.AsNoTracking()
            .Where(r => query.Status == null || r.Status == query.Status)
            .Join(db.LectureTopics, r => r.TopicId, t => t.Id, (r, t) => new { Request = r, t.Title })
            .OrderByDescending(x => x.Request.CreatedAt).ThenBy(x => x.Request.Id)
            .Take(500)
            .ToListAsync(cancellationToken);
        // The list shows each group's contact: every row is a staff read of personal data.
        var now = clock.GetUtcNow();
        db.ContactReads.AddRange(rows.Select(x => PersonalDataRead.Record(x.Request.Id, query.Reader, "lecture-request-list", now)));
        await db.SaveChangesAsync(cancellationToken);
        return rows.ConvertAll(x => LectureRequestResponse.From(x.Request, x.Title));
    }
}
