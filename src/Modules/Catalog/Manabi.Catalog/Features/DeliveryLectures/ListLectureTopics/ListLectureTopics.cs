using FluentValidation;
using Manabi.Catalog.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.DeliveryLectures.ListLectureTopics;

internal sealed record ListLectureTopicsQuery(bool IncludeInactive) : IQuery<IReadOnlyList<LectureTopicResponse>>;

internal sealed class ListLectureTopicsHandler(CatalogDbContext db) : IQueryHandler<ListLectureTopicsQuery, IReadOnlyList<LectureTopicResponse>>
{
    public async ValueTask<IReadOnlyList<LectureTopicResponse>> Handle(ListLectureTopicsQuery query, CancellationToken cancellationToken) =>
        (await db.LectureTopics.AsNoTracking().Where(t => query.IncludeInactive || t.Active)
            .OrderBy(t => t.FieldCode).ThenBy(t => t.Title).ThenBy(t => t.Id).ToListAsync(cancellationToken))
        .ConvertAll(LectureTopicResponse.From);
}
