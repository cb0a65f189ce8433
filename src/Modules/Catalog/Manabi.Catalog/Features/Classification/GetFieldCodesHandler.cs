using Manabi.Catalog.Contracts;
using Manabi.Catalog.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Classification;

internal sealed class GetFieldCodesHandler(CatalogDbContext db) : IQueryHandler<GetFieldCodesQuery, IReadOnlyList<FieldCode>>
{
    public async ValueTask<IReadOnlyList<FieldCode>> Handle(GetFieldCodesQuery query, CancellationToken cancellationToken) =>
        await db.Fields.AsNoTracking().OrderBy(f => f.SortOrder).Select(f => new FieldCode(f.Code, f.ParentCode)).ToListAsync(cancellationToken);
}
