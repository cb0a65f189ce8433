using Manabi.BuildingBlocks.Http;
using Manabi.Catalog.Data;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Classification;

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

internal static class ListFieldsEndpoint
{
    public static void Map(IEndpointRouteBuilder group) => group
        .MapGet("/fields", async (ISender sender, HttpResponse response, CancellationToken ct) =>
        {
            response.Headers.CacheControl = "public, max-age=3600";
            return Results.Ok(await sender.Send(new ListFieldsQuery(), ct));
        })
        .WithName("ListFields")
        .WithSummary("The field taxonomy")
        .WithDescription("Two levels; filter search by a top-level code to include all its sub-fields.")
        .AllowAnonymous()
        .Produces<IReadOnlyList<FieldResponse>>();
}
