using Manabi.BuildingBlocks.Http;
using Manabi.Catalog.Features.Opportunities.SearchOpportunities;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.Exports;

internal static class ExportEndpoints
{
    private const string Filters = "Takes the same filters as search (`q`, `field`, `audience`, `providerId`, `kind`, `from`, `to`, `free`, " +
        "`stampRally`, `venueId`, `area`, `hasSeats`); one entry per session, up to 2,000 opportunities.";

    public static void Map(IEndpointRouteBuilder group)
    {
        MapOne(group, "/exports/events.csv", ExportFormat.EventListCsv, "ExportEventListCsv", "Event list CSV (municipal open-data standard)",
            "The 32 columns of the standard dataset 「イベント一覧」, UTF-8, one row per session. " + Filters, "text/csv");
        MapOne(group, "/calendar.ics", ExportFormat.ICalendar, "GetCalendar", "iCalendar feed of sessions",
            "RFC 5545: subscribe from any calendar application. UIDs are stable per session; SEQUENCE rises with changes; " +
            "cancelled sessions have STATUS:CANCELLED. " + Filters, "text/calendar");
    }

    private static void MapOne(IEndpointRouteBuilder group, string path, ExportFormat format, string name, string summary, string description, string contentType) => group
        .MapGet(path, async ([AsParameters] SearchOpportunitiesQuery criteria, HttpContext context, ISender sender, CancellationToken ct) =>
        {
            var file = await sender.Send(new ExportOpportunitiesQuery(criteria, format, context.BaseUrl()), ct);
            context.Response.Headers.CacheControl = "public, max-age=300";
            context.Response.Headers.ContentDisposition = $"inline; filename=\"{file.FileName}\"";
            return Results.Text(file.Content, file.ContentType);
        })
        .WithName(name)
        .WithSummary(summary)
        .WithDescription(description)
        .AllowAnonymous()
        .Produces<string>(StatusCodes.Status200OK, contentType)
        .ProducesValidationProblem();
}
