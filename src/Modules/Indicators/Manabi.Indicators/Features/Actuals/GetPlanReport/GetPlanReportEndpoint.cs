using Manabi.BuildingBlocks.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Indicators.Features.Actuals.GetPlanReport;

internal static class GetPlanReportEndpoint
{
    public static RouteHandlerBuilder MapGetPlanReport(this IEndpointRouteBuilder group) => group
        .MapGet("/plans/{code}/report", async (string code, int? fiscalYear, ISender sender, CancellationToken ct) =>
            ReusedJson.Ok(await sender.Send(new GetPlanReportQuery(code, fiscalYear), ct)))
        .ParametersCheckedBy<GetPlanReportQuery>()
        .WithName("GetPlanReport")
        .WithSummary("Every measure's values by fiscal year, with progress and grade for a year")
        .WithDescription("Public. Values are counted live from what the modules report (corrections move them), or entered by staff with " +
            "their source, or the plan's baseline; each says which. `fiscalYear` (this one by default) is the year assessed: Open SDG " +
            "progress status and the achievement grade, the achievement rate against the target pro-rated to the year, and the pace " +
            "still needed. The README's Indicators section gives the rules with worked examples.")
        .AllowAnonymous()
        .CachedPublicly(0)
        .Produces<PlanReportResponse>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound);
}
