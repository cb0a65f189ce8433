using Manabi.BuildingBlocks.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Indicators.Features.Plans.GetPlan;

internal static class GetPlanEndpoint
{
    public static RouteHandlerBuilder MapGetPlan(this IEndpointRouteBuilder group) => group
        .MapGet("/plans/{code}", async (string code, ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new GetPlanQuery(code), ct)))
        .ParametersCheckedBy<GetPlanQuery>()
        .WithName("GetPlan")
        .WithSummary("A plan: its goals, policy items, indicators and measures with baselines and targets")
        .WithDescription("Public. Without `code` and `updatedAt` the response is a valid `PUT` body, so another city can start from it.")
        .AllowAnonymous()
        .CachedPublicly(0)
        .Produces<PlanResponse>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound);
}
