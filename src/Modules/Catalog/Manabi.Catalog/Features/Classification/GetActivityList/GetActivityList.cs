using System.Text.Json.Nodes;
using Manabi.Catalog.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Classification.GetActivityList;

/// <summary>
/// The field taxonomy as a SKOS concept scheme in OpenActive's format, so the feed's
/// <c>activity</c> values resolve: each concept's id is this list's URL with <c>#code</c>. It uses the
/// OpenActive context's <c>id</c>/<c>type</c> aliases, as OpenActive's own activity list does and its tools read.
/// </summary>
internal sealed record GetActivityListQuery(string BaseUrl) : IQuery<JsonObject>
{
    public static string Url(string baseUrl) => $"{baseUrl}/api/v1/catalog/activity-list";

    public static string ConceptId(string baseUrl, string code) => $"{Url(baseUrl)}#{code}";
}

internal sealed class GetActivityListHandler(CatalogDbContext db) : IQueryHandler<GetActivityListQuery, JsonObject>
{
    public async ValueTask<JsonObject> Handle(GetActivityListQuery query, CancellationToken cancellationToken)
    {
        var fields = await db.Fields.AsNoTracking().OrderBy(f => f.SortOrder).ToListAsync(cancellationToken);
        var url = GetActivityListQuery.Url(query.BaseUrl);
        var concepts = fields.Select(f =>
        {
            var concept = new JsonObject
            {
                ["id"] = GetActivityListQuery.ConceptId(query.BaseUrl, f.Code),
                ["type"] = "Concept",
                ["prefLabel"] = f.NameJa,
                ["altLabel"] = new JsonArray(f.NameEn),
            };
            if (f.ParentCode is { } parent)
            {
                concept["broader"] = new JsonArray(GetActivityListQuery.ConceptId(query.BaseUrl, parent));
            }
            else
            {
                concept["topConceptOf"] = url;
            }
            return (JsonNode)concept;
        });
        return new JsonObject
        {
            ["@context"] = "https://openactive.io/",
            ["type"] = "ConceptScheme",
            ["id"] = url,
            ["title"] = "学びの分野",
            ["description"] = "Manabi's fields of learning, used as the activity of every opportunity in the OpenActive feed.",
            ["url"] = url,
            ["license"] = "https://creativecommons.org/licenses/by/4.0/",
            ["concept"] = new JsonArray([.. concepts]),
        };
    }
}
