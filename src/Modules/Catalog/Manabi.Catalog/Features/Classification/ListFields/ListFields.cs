using Manabi.Catalog.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Classification.ListFields;

/// <summary>A field of learning; top-level fields have no parent.</summary>
/// <param name="Code">Stable code, e.g. <c>local-culture.chitose-gaku</c>.</param>
/// <param name="ParentCode">The top-level field it belongs to.</param>
/// <param name="NameJa">Japanese name.</param>
/// <param name="NameEn">English name.</param>
public sealed record FieldResponse(string Code, string? ParentCode, string NameJa, string NameEn);

internal sealed record ListFieldsQuery : IQuery<IReadOnlyList<FieldResponse>>;

internal sealed class ListFieldsHandler(CatalogDbContext db) : IQueryHandler<ListFieldsQuery, IReadOnlyList<FieldResponse>>
{
    public async ValueTask<IReadOnlyList<FieldResponse>> Handle(ListFieldsQuery query, CancellationToken cancellationToken) =>
        await db.Fields.AsNoTracking().OrderBy(f => f.SortOrder)
            .Select(f => new FieldResponse(f.Code, f.ParentCode, f.NameJa, f.NameEn))
            .ToListAsync(cancellationToken);
}
