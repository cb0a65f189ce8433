using Manabi.Catalog.Contracts;
using Manabi.Catalog.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Opportunities.GetBoardCourse;

internal sealed class GetBoardCourseHandler(CatalogDbContext db) : IQueryHandler<GetBoardCourseQuery, BoardCourse?>
{
    public async ValueTask<BoardCourse?> Handle(GetBoardCourseQuery query, CancellationToken cancellationToken)
    {
        var course = await db.Opportunities.AsNoTracking().Where(o => o.Id == query.OpportunityId)
            .Join(db.Providers, o => o.ProviderId, p => p.Id, (o, p) => new
            {
                o.Id, o.Title, BoardRun = p.Kind == ProviderKind.BoardOfEducation, o.BoardBrokered,
                LastEnds = o.Sessions.Where(s => s.Status != SessionStatus.Cancelled).Max(s => (DateTimeOffset?)s.EndsAt),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return course is null ? null : new BoardCourse(course.Id, course.Title, course.BoardRun, course.BoardBrokered, course.LastEnds);
    }
}
