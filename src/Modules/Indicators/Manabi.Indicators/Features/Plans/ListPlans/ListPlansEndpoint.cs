using Manabi.BuildingBlocks.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Indicators.Features.Plans.ListPlans;

internal static class ListPlansEndpoint
{
    public static RouteHandlerBuilder MapListPlans(this IEndpointRouteBuilder group) => group
        .MapGet("/plans", async (ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new ListPlansQuery(), ct)))
        .WithName("ListPlans")
        .WithSummary("The plans this system tracks")
        .WithDescription("Public: each plan's code, city, title, period and number of measures.")
        .AllowAnonymous()
        .CachedPublicly(0)
        .Produces<IReadOnlyList<PlanSummary>>();
}
