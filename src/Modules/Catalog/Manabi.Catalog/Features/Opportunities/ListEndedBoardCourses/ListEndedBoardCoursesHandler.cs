using Manabi.Catalog.Contracts;
using Manabi.Catalog.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Opportunities.ListEndedBoardCourses;

internal sealed class ListEndedBoardCoursesHandler(CatalogDbContext db) : IQueryHandler<ListEndedBoardCoursesQuery, IReadOnlyList<BoardCourse>>
{
    public async ValueTask<IReadOnlyList<BoardCourse>> Handle(ListEndedBoardCoursesQuery query, CancellationToken cancellationToken)
    {
        var before = query.Before.ToUniversalTime();
        var courses = await db.Opportunities.AsNoTracking()
            .Join(db.Providers, o => o.ProviderId, p => p.Id, (o, p) => new
            {
                o.Id, o.Title, BoardRun = p.Kind == ProviderKind.BoardOfEducation, o.BoardBrokered,
                LastEnds = o.Sessions.Where(s => s.Status != SessionStatus.Cancelled).Max(s => (DateTimeOffset?)s.EndsAt),
            })
            .Where(c => (c.BoardRun || c.BoardBrokered) && c.LastEnds != null && c.LastEnds < before)
            .OrderByDescending(c => c.LastEnds).Take(Math.Clamp(query.Limit, 1, 500))
            .ToListAsync(cancellationToken);
        return courses.ConvertAll(c => new BoardCourse(c.Id, c.Title, c.BoardRun, c.BoardBrokered, c.LastEnds));
    }
}
