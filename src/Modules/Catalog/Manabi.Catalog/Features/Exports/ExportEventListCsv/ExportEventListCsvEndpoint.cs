using Manabi.BuildingBlocks.Http;
using Manabi.Catalog.Features.Search.SearchOpportunities;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.Exports.ExportEventListCsv;

internal static class ExportEventListCsvEndpoint
{
    public static RouteHandlerBuilder MapExportEventListCsv(this IEndpointRouteBuilder group) => group
        .MapGet("/exports/events.csv", ([AsParameters] SearchOpportunitiesQuery criteria, string? encoding, HttpContext context, ISender sender,
                CancellationToken ct) =>
            ExportResponse.SendAsync(criteria, ExportFormat.EventListCsv, context, sender, ct, encoding))
        .ParametersCheckedBy<ExportOpportunitiesQuery>()
        .WithName("ExportEventListCsv")
        .WithSummary("Event list CSV (municipal open-data standard)")
        .WithDescription("The 32 columns of the standard dataset 「イベント一覧」, one row per session. " +
            "UTF-8 with a byte-order mark (so Japanese Excel opens it as it is), or `encoding=shift_jis` for Shift_JIS (CP932). " + ExportResponse.Filters)
        .AllowAnonymous()
        .CachedPublicly(300)
        .Produces<string>(StatusCodes.Status200OK, "text/csv")
        .ProducesValidationProblem();
}
