using Manabi.BuildingBlocks.Csv;
using Manabi.BuildingBlocks.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Indicators.Features.Actuals.ExportPlan;

internal static class ExportPlanEndpoint
{
    public static RouteHandlerBuilder MapExportPlan(this IEndpointRouteBuilder group) => group
        .MapGet("/plans/{code}/export.csv", async (string code, string? encoding, ISender sender, CancellationToken ct) =>
        {
            var (bytes, charset) = CsvEncoding.Encode(await sender.Send(new ExportPlanQuery(code, encoding), ct), encoding);
            return Results.File(bytes, $"text/csv; charset={charset}", $"{code}-indicators.csv");
        })
        .ParametersCheckedBy<ExportPlanQuery>()
        .WithName("ExportPlan")
        .WithSummary("The plan with its actual values as CSV: a row per measure and fiscal year")
        .WithDescription("Public and cacheable (`ETag`; send `If-None-Match` for a 304). Each row is a measure's value in a fiscal year, where it " +
            "comes from, the baseline and target, and the Open SDG status, grade and achievement rate as of that year. UTF-8 with a " +
            "byte-order mark, so Japanese Excel opens it, or `encoding=shift_jis`.")
        .AllowAnonymous()
        .CachedPublicly(0)
        .Produces<string>(StatusCodes.Status200OK, "text/csv")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound);
}
