using Manabi.Passbook.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Passbook.Features.Commendations.ListCertificationLevels;

internal sealed record ListLevelsQuery : IQuery<IReadOnlyList<LevelResponse>>;

internal sealed class ListLevelsHandler(PassbookDbContext db) : IQueryHandler<ListLevelsQuery, IReadOnlyList<LevelResponse>>
{
    public async ValueTask<IReadOnlyList<LevelResponse>> Handle(ListLevelsQuery q, CancellationToken cancellationToken) =>
        await db.Levels.AsNoTracking().Where(l => l.Active).OrderBy(l => l.Credits)
            .Select(l => new LevelResponse(l.Id, l.Name, l.Credits)).ToListAsync(cancellationToken);
}
