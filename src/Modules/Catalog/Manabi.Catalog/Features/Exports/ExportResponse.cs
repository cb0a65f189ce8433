using Manabi.BuildingBlocks.Http;
using Manabi.Catalog.Features.Search.SearchOpportunities;
using Mediator;
using Microsoft.AspNetCore.Http;

namespace Manabi.Catalog.Features.Exports;

/// <summary>Answers an export query as a file, with the caching every export shares.</summary>
internal static class ExportResponse
{
    public const string Filters = "Takes the same filters as search (`q`, `field`, `audience`, `providerId`, `kind`, `from`, `to`, `free`, " +
        "`stampRally`, `venueId`, `area`, `hasSeats`); one entry per session, up to 2,000 opportunities.";

    public static async Task<IResult> SendAsync(SearchOpportunitiesQuery criteria, ExportFormat format, HttpContext context, ISender sender,
        CancellationToken ct, string? encoding = null)
    {
        var file = await sender.Send(new ExportOpportunitiesQuery(criteria, format, context.BaseUrl(), encoding), ct);
        context.Response.Headers.CacheControl = "public, max-age=300";
        context.Response.Headers.ContentDisposition = $"inline; filename=\"{file.FileName}\"";
        return Results.Bytes(file.Content, file.ContentType);
    }
}
