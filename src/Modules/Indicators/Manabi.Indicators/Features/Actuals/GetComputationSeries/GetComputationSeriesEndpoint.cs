using Manabi.BuildingBlocks.Http;
using Manabi.Indicators.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Indicators.Features.Actuals.GetComputationSeries;

internal static class GetComputationSeriesEndpoint
{
    public static RouteHandlerBuilder MapGetComputationSeries(this IEndpointRouteBuilder group) => group
        .MapGet("/computations/{computation}", async (Computation computation, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new GetComputationSeriesQuery(computation), ct)))
        .WithName("GetComputationSeries")
        .WithSummary("What one computation counted, by fiscal year, whichever plan uses it")
        .WithDescription("The same counters the plan report reads, for a computation by name — e.g. `RegisteredProviders` (providers that " +
            "joined the catalog), `StampRallyLearners` (22-1) or `CommendedLearners` (24-3) — with each year's items and the running total. " +
            "Public and cacheable (`ETag`).")
        .AllowAnonymous()
        .CachedPublicly(0)
        .Produces<ComputationSeries>()
        .ProducesValidationProblem();
}
