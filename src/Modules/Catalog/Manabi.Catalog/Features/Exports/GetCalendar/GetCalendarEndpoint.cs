using Manabi.BuildingBlocks.Http;
using Manabi.Catalog.Features.Search.SearchOpportunities;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.Exports.GetCalendar;

internal static class GetCalendarEndpoint
{
    public static RouteHandlerBuilder MapGetCalendar(this IEndpointRouteBuilder group) => group
        .MapGet("/calendar.ics", ([AsParameters] SearchOpportunitiesQuery criteria, HttpContext context, ISender sender, CancellationToken ct) =>
            ExportResponse.SendAsync(criteria, ExportFormat.ICalendar, context, sender, ct))
        .WithName("GetCalendar")
        .WithSummary("iCalendar feed of sessions")
        .WithDescription("RFC 5545: subscribe from any calendar application. UIDs are stable per session; SEQUENCE rises with changes; " +
            "cancelled sessions have STATUS:CANCELLED. " + ExportResponse.Filters)
        .AllowAnonymous()
        .CachedPublicly(300)
        .Produces<string>(StatusCodes.Status200OK, "text/calendar")
        .ProducesValidationProblem();
}
